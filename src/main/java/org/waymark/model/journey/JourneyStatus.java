package org.waymark.model.journey;

/** Life-cycle state of a journey. */
public enum JourneyStatus {
    DRAFT("Draft"),
    LIVE("Live"),
    STOPPED("Stopped");

    private final String label;

    JourneyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
