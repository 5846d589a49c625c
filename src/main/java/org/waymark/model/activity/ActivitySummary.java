package org.waymark.model.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The readable detail of an activity row on the timeline, from its semantic fields and additional detail columns,
 * e.g. {@code Order SO-1042 · 129.90 EUR} or {@code Rating 4 · Quick and friendly · channel: phone}.
 */
public final class ActivitySummary {

    public static final int MAX_LENGTH = 2000;
    private static final String SEPARATOR = " · ";

    private ActivitySummary() {
    }

    /** {@code values} maps column names to the row's values (null for none). */
    public static String of(ActivityDefinition definition, Map<String, Object> values) {
        List<String> parts = new ArrayList<>(semantic(definition, values));
        for (String column : definition.details()) {
            String text = text(values.get(column));
            if (!text.isEmpty()) {
                parts.add(column.replace('_', ' ') + ": " + text);
            }
        }
        String summary = String.join(SEPARATOR, parts);
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static List<String> semantic(ActivityDefinition definition, Map<String, Object> values) {
        java.util.function.Function<String, String> field = f -> {
            String column = definition.fields().get(f);
            return column == null ? "" : text(values.get(column));
        };
        List<String> parts = new ArrayList<>();
        switch (definition.type().name()) {
            case "SalesOrder" -> {
                add(parts, "Order ", field.apply("orderId"));
                add(parts, "", join(field.apply("amount"), field.apply("currency")));
            }
            case "SalesOrderLine" -> {
                String quantity = field.apply("quantity");
                add(parts, quantity.isEmpty() ? "" : quantity + " × ", field.apply("product"));
                add(parts, "", join(field.apply("amount"), field.apply("currency")));
                add(parts, "order ", field.apply("orderId"));
            }
            case "Feedback" -> {
                add(parts, "Rating ", field.apply("rating"));
                add(parts, "", field.apply("title"));
                add(parts, "", field.apply("comment"));
            }
            case "Loyalty" -> {
                add(parts, "", field.apply("points").isEmpty() ? "" : field.apply("points") + " points");
                add(parts, "", field.apply("program"));
                add(parts, "tier ", field.apply("tier"));
            }
            case "Subscription" -> {
                add(parts, "", field.apply("plan"));
                add(parts, "", field.apply("status"));
                add(parts, "", join(field.apply("amount"), field.apply("currency")));
            }
            default -> definition.fields().forEach((name, column) -> add(parts, name + ": ", text(values.get(column))));
        }
        return parts;
    }

    private static String join(String a, String b) {
        return (a + " " + b).strip();
    }

    private static void add(List<String> parts, String label, String text) {
        if (!text.isEmpty()) {
            parts.add(label + text);
        }
    }

    /** Without the trailing zeros a store column adds, but with two decimals where there is one (129.9 → 129.90). */
    static String decimal(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return (plain.scale() == 1 ? plain.setScale(2) : plain).toPlainString();
    }

    /** A value as text on one line. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? decimal(d) : value.toString();
        return text.replaceAll("\\s+", " ").strip();
    }
}
