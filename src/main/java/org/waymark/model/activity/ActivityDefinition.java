package org.waymark.model.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An activity: how the rows of one data source become entries on contacts' timelines. {@code key} names the column
 * that identifies a row across imports (no duplicates, no empty values), {@code timestamp} when it happened,
 * {@code event} what happened (the interaction's subtype); {@code webAddress} (optional) a link, {@code details}
 * further columns for the summary; {@code fields} maps the type's semantic fields to columns. Hidden activities
 * ({@code showInTimeline} false) never reach the timeline.
 */
public record ActivityDefinition(String name, ActivityType type, String source, String key, String timestamp,
        String event, String webAddress, List<String> details, String icon, boolean showInTimeline,
        Map<String, String> fields, ActivityRelationship relationship) {

    public static final int MAX_NAME_LENGTH = 100;

    public ActivityDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(relationship, "relationship");
        details = List.copyOf(details == null ? List.of() : details);
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields == null ? Map.of() : fields));
        checkName(name);
    }

    /** Checks an activity name; returns it. */
    public static String checkName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH || !name.equals(name.strip())) {
            throw new IllegalArgumentException("An activity name has 1 to " + MAX_NAME_LENGTH
                    + " characters and no spaces around it");
        }
        return name;
    }

    /** The interaction source of this activity's timeline entries. */
    public String interactionSource() {
        return interactionSource(name);
    }

    public static String interactionSource(String activityName) {
        return "activity:" + activityName;
    }

    public ActivityDefinition withName(String newName) {
        return new ActivityDefinition(newName, type, source, key, timestamp, event, webAddress, details, icon,
                showInTimeline, fields, relationship);
    }

    public ActivityDefinition withShowInTimeline(boolean show) {
        return new ActivityDefinition(name, type, source, key, timestamp, event, webAddress, details, icon, show,
                fields, relationship);
    }

    /** Every column this definition reads, each once, in a stable order. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (String c : List.of(key, timestamp, event)) {
            add(columns, c);
        }
        add(columns, webAddress);
        details.forEach(c -> add(columns, c));
        fields.values().forEach(c -> add(columns, c));
        add(columns, relationship.contactColumn());
        add(columns, relationship.accountColumn());
        return columns;
    }

    private static void add(List<String> columns, String column) {
        if (column != null && !columns.contains(column)) {
            columns.add(column);
        }
    }
}
