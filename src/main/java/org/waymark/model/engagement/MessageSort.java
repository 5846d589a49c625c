package org.waymark.model.engagement;

/** The columns the emails list sorts by, with their headings. */
public enum MessageSort {
    RECIPIENT("Recipient"),
    EMAIL("Email"),
    SENT("Sent"),
    DELIVERED("Delivered"),
    OPENS("Opens"),
    LAST_OPENED("Last opened"),
    ATTACHMENT_VIEWS("Attachment views"),
    CLICKS("Link clicks"),
    REPLIES("Replies"),
    STATUS("Status");

    private final String heading;

    MessageSort(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
