package org.waymark.model.edit;

/** An edit that would break the journey's rules; the message says why, for the user. */
public final class EditRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EditRefusedException(String reason) {
        super(reason);
    }
}
