package org.waymark.model.tile;

/** Every kind of tile, with the name used in journey files, a label and a one-line description. */
public enum TileType {
    SEGMENT_GROUP("segmentGroup", "Segment group", TileCategory.TARGETS,
            "Starts the journey with the contacts of one or more segments"),
    SEGMENT("segment", "Segment", TileCategory.TARGETS,
            "Includes or excludes a segment or subscription list inside a segment group"),
    FORM_SUBMITTED("formSubmitted", "Form submitted", TileCategory.TARGETS,
            "Starts the journey for each contact who submits a marketing form"),
    RECORD_UPDATED("recordUpdated", "Record updated", TileCategory.TARGETS,
            "Starts the journey when a contact, account or lead record changes"),
    EMAIL("email", "Email", TileCategory.CHANNELS, "Sends a marketing email"),
    SMS("sms", "SMS", TileCategory.CHANNELS, "Sends a text message"),
    PUSH_NOTIFICATION("pushNotification", "Push notification", TileCategory.CHANNELS,
            "Sends a push notification to the contact's app"),
    TRIGGER("trigger", "Trigger", TileCategory.FLOW,
            "Waits for what a contact does, then sends them down the true or false path"),
    SPLITTER("splitter", "Splitter", TileCategory.FLOW,
            "Divides contacts between branches by percentage or by a value rule"),
    SCHEDULER("scheduler", "Scheduler", TileCategory.FLOW,
            "Holds contacts for a while, until a date, or until a release window opens"),
    ACTIVITY("activity", "Activity", TileCategory.ACTIONS,
            "Creates a task, phone call or appointment for a colleague"),
    CREATE_LEAD("createLead", "Create lead", TileCategory.ACTIONS,
            "Creates a lead for the contact or its account"),
    LAUNCH_WORKFLOW("launchWorkflow", "Launch workflow", TileCategory.ACTIONS,
            "Starts a business workflow for the contact or its account"),
    MARKETING_PAGE("marketingPage", "Marketing page", TileCategory.CONTENT,
            "A landing page linked from the email that holds it"),
    MARKETING_FORM("marketingForm", "Marketing form", TileCategory.CONTENT,
            "A form linked from the email that holds it"),
    EVENT("event", "Event", TileCategory.CONTENT,
            "An event the email invites to");

    private final String fileName;
    private final String label;
    private final TileCategory category;
    private final String description;

    TileType(String fileName, String label, TileCategory category, String description) {
        this.fileName = fileName;
        this.label = label;
        this.category = category;
        this.description = description;
    }

    /** The value of the {@code type} field in a journey file. */
    public String fileName() {
        return fileName;
    }

    public String label() {
        return label;
    }

    public TileCategory category() {
        return category;
    }

    public String description() {
        return description;
    }

    /** A tile that may start a pipeline. */
    public boolean isStart() {
        return this == SEGMENT_GROUP || this == FORM_SUBMITTED || this == RECORD_UPDATED;
    }

    /** A tile that only lives nested inside an email tile. */
    public boolean isContent() {
        return category == TileCategory.CONTENT;
    }

    public static java.util.Optional<TileType> fromFileName(String name) {
        for (TileType type : values()) {
            if (type.fileName.equals(name)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
