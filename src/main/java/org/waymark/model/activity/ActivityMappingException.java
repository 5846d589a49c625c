package org.waymark.model.activity;

/** A mapping file that cannot be used; the message names the JSON path, e.g. {@code $.activities[1].key: is required}. */
public final class ActivityMappingException extends Exception {

    private static final long serialVersionUID = 1L;

    public ActivityMappingException(String path, String problem) {
        super(path + ": " + problem);
    }
}
