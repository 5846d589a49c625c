package org.waymark.ui.activities;

/** The steps of the activity wizard, in order, each with the title it shows. */
public enum WizardStep {
    TABLE("Choose the data source"),
    TYPE("Choose the activity type"),
    KEY("Choose the primary key"),
    FIELDS("Map the fields"),
    RELATIONSHIP("Relate rows to contacts or accounts"),
    REVIEW("Review and save");

    private final String title;

    WizardStep(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** "Step 3 of 6: Choose the primary key". */
    public String heading() {
        return "Step " + (ordinal() + 1) + " of " + values().length + ": " + title;
    }
}
