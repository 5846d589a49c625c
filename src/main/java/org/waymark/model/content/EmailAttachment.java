package org.waymark.model.content;

/** A file attached to a marketing email; a followed attachment's views are tracked. */
public record EmailAttachment(String fileName, boolean followed) {

    public EmailAttachment {
        fileName = fileName == null ? "" : fileName;
    }
}
