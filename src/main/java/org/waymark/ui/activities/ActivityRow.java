package org.waymark.ui.activities;

import org.waymark.model.activity.ActivityDefinition;

/** One line of the activities list: name, source table, type, and whether it shows in the timeline. */
public record ActivityRow(String name, String source, String type, boolean inTimeline) {

    static ActivityRow of(ActivityDefinition d) {
        return new ActivityRow(d.name(), d.source(), d.type().name(), d.showInTimeline());
    }

    public String inTimelineText() {
        return inTimeline ? "Yes" : "No";
    }
}
