package org.waymark.model.file;

/**
 * A journey file that cannot be read: {@link #path()} is the JSON path of the problem ({@code $} for the
 * whole document), and the message names it, e.g. {@code $.pipeline[2].timeout: must be a positive duration}.
 */
public final class JourneyFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String path;
    private final String problem;

    public JourneyFileException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
