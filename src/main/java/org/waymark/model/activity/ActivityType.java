package org.waymark.model.activity;

import java.util.List;
import java.util.Map;

/**
 * The type of an activity: one of the semantic types (Feedback, Loyalty, SalesOrder, SalesOrderLine, Subscription),
 * which know their fields, Other, or a custom type name. {@link #fields()} lists the semantic fields a mapping may fill,
 * required ones first.
 */
public record ActivityType(String name) {

    // first: the constants below are built with it
    private static final Map<String, String> BUILT_IN_NAMES = Map.of("feedback", "Feedback", "loyalty", "Loyalty",
            "salesorder", "SalesOrder", "salesorderline", "SalesOrderLine", "subscription", "Subscription",
            "other", "Other");

    public static final ActivityType FEEDBACK = new ActivityType("Feedback");
    public static final ActivityType LOYALTY = new ActivityType("Loyalty");
    public static final ActivityType SALES_ORDER = new ActivityType("SalesOrder");
    public static final ActivityType SALES_ORDER_LINE = new ActivityType("SalesOrderLine");
    public static final ActivityType SUBSCRIPTION = new ActivityType("Subscription");
    public static final ActivityType OTHER = new ActivityType("Other");

    public static final List<ActivityType> BUILT_IN = List.of(FEEDBACK, LOYALTY, SALES_ORDER, SALES_ORDER_LINE,
            SUBSCRIPTION, OTHER);

    /** One semantic field: its name in mappings, and whether the type needs it. */
    public record Field(String name, boolean required) {
    }

    private static final Map<String, List<Field>> FIELDS = Map.of(
            "Feedback", List.of(new Field("rating", true), new Field("comment", false), new Field("title", false)),
            "Loyalty", List.of(new Field("points", true), new Field("program", false), new Field("tier", false)),
            "SalesOrder", List.of(new Field("orderId", true), new Field("amount", true), new Field("currency", false)),
            "SalesOrderLine", List.of(new Field("orderId", true), new Field("product", true),
                    new Field("quantity", false), new Field("amount", false), new Field("currency", false)),
            "Subscription", List.of(new Field("plan", true), new Field("status", false), new Field("amount", false),
                    new Field("currency", false)));

    public ActivityType {
        if (name == null || name.isBlank() || name.length() > 60) {
            throw new IllegalArgumentException("An activity type needs a name of 1 to 60 characters");
        }
        name = BUILT_IN_NAMES.getOrDefault(name.strip().toLowerCase(java.util.Locale.ROOT), name.strip());
    }

    /** The semantic fields of this type; none for Other and custom types. */
    public List<Field> fields() {
        return FIELDS.getOrDefault(name, List.of());
    }

    public boolean isCustom() {
        return !BUILT_IN_NAMES.containsValue(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
