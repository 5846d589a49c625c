package org.waymark.ui.timeline;

import org.waymark.model.timeline.TimelineItem;

/** A line of the timeline list: a day's heading, or one interaction with its words ready to show. */
public sealed interface TimelineRow {

    /** "Today", "Yesterday", "Monday 27 April 2026", and how many items of that day are loaded. */
    record DayHeader(String label) implements TimelineRow {
    }

    /**
     * One interaction: {@code headline} says what happened ("Email opened"), {@code relative} when ("5 hours ago"),
     * {@code exact} the exact time ("4 May 2026, 07:00 UTC"), {@code asset} its email, form, event or activity name,
     * {@code detail} the rest, {@code who} the contact's name on an account's timeline ("" otherwise),
     * {@code simulated} "Simulated in 'Journey'" for an interaction a simulation saved ("" for a real one).
     */
    record Entry(TimelineItem item, String headline, String relative, String exact, String asset, String detail,
                 String who, String simulated) implements TimelineRow {

        /** What a screen reader says on the row. */
        public String spoken() {
            StringBuilder text = new StringBuilder(simulated.isEmpty() ? "" : simulated + ": ").append(headline);
            if (!asset.isEmpty()) {
                text.append(": ").append(asset);
            }
            text.append(", ").append(relative).append(" (").append(exact).append(')');
            if (!who.isEmpty()) {
                text.append(", ").append(who);
            }
            if (!detail.isEmpty()) {
                text.append(". ").append(detail);
            }
            return text.toString();
        }
    }
}
