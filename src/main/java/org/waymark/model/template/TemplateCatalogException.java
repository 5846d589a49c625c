package org.waymark.model.template;

/** The template index or a template file on the class path cannot be read: a build problem, not a user one. */
public final class TemplateCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateCatalogException(String message, Throwable cause) {
        super(message, cause);
    }

    public TemplateCatalogException(String message) {
        super(message);
    }
}
