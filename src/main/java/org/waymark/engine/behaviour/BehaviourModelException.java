package org.waymark.engine.behaviour;

/**
 * A behaviour model that cannot be read. The message names the file and the JSON path of the problem, e.g.
 * {@code my-model.json: $.channels.email.open.rate: must be between 0 and 1}; {@link #path()} is
 * {@code $} for problems with the whole file (missing, not JSON).
 */
public final class BehaviourModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String source;
    private final String path;
    private final String problem;

    public BehaviourModelException(String source, String path, String problem) {
        this(source, path, problem, null);
    }

    public BehaviourModelException(String source, String path, String problem, Throwable cause) {
        super(source + ": " + path + ": " + problem, cause);
        this.source = source;
        this.path = path;
        this.problem = problem;
    }

    /** The file (or class-path resource) that was read. */
    public String source() {
        return source;
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
