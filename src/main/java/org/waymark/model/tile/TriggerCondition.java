package org.waymark.model.tile;

/** What a trigger rule waits for, about the tile it watches. */
public enum TriggerCondition {
    DELIVERED("was delivered"),
    OPENED("opened"),
    BOUNCED("bounced"),
    CLICKED("clicked any link"),
    CLICKED_LINK("clicked a specific link"),
    FORM_SUBMITTED("submitted the form"),
    PAGE_VISITED("visited the page"),
    REGISTERED("registered"),
    ATTENDED("attended"),
    ATTACHMENT_VIEWED("viewed an attachment");

    private final String phrase;

    TriggerCondition(String phrase) {
        this.phrase = phrase;
    }

    /** A short phrase for summaries, e.g. "clicked any link". */
    public String phrase() {
        return phrase;
    }
}
