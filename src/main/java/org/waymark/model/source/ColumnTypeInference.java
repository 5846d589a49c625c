package org.waymark.model.source;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Infers column types from the values seen: each column starts as any type and loses those a value does not parse as;
 * what is left, in the order integer, decimal, boolean, date, timestamp, is its type; text otherwise. A column with no
 * values at all is text. Feed it rows with {@link #accept(List)}, then ask {@link #types()}.
 */
public final class ColumnTypeInference {

    private static final List<ColumnType> ORDER = List.of(ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.BOOLEAN,
            ColumnType.DATE, ColumnType.TIMESTAMP);

    private final List<EnumSet<ColumnType>> possible = new ArrayList<>();
    private final List<Boolean> seen = new ArrayList<>();

    public ColumnTypeInference(int columns) {
        for (int i = 0; i < columns; i++) {
            possible.add(EnumSet.copyOf(ORDER));
            seen.add(false);
        }
    }

    /** Narrows the types by one row's fields (extra fields beyond the columns are ignored). */
    public void accept(List<String> fields) {
        for (int i = 0; i < Math.min(fields.size(), possible.size()); i++) {
            String text = fields.get(i).strip();
            EnumSet<ColumnType> left = possible.get(i);
            if (text.isEmpty() || left.isEmpty()) {
                continue;
            }
            seen.set(i, true);
            left.removeIf(type -> type.tryParse(text) == null);
        }
    }

    public List<ColumnType> types() {
        List<ColumnType> types = new ArrayList<>();
        for (int i = 0; i < possible.size(); i++) {
            EnumSet<ColumnType> left = possible.get(i);
            types.add(!seen.get(i) || left.isEmpty() ? ColumnType.TEXT : left.iterator().next());
        }
        return types;
    }

    /** Whether {@code text} could be a value of the column's inferred type other than text. */
    static boolean fitsTyped(ColumnType type, String text) {
        return type != ColumnType.TEXT && !text.isBlank() && type.tryParse(text.strip()) != null;
    }
}
