package org.waymark.store.activity;

import java.util.List;

/**
 * Whether a column can be an activity's primary key: the values found more than once (each with the rows holding it)
 * and the rows where it is empty. Rows are numbered as a spreadsheet shows the file (header counted). At most
 * {@link ActivityKeyCheck#LIMIT} of each are listed; {@code duplicateValues} and {@code emptyCount} are the totals.
 */
public record KeyCheck(String source, String column, List<DuplicateKey> duplicates, long duplicateValues,
        List<Long> emptyRows, long emptyCount) {

    /** A key value found in more than one row. */
    public record DuplicateKey(String value, List<Long> rows) {
    }

    public boolean ok() {
        return duplicateValues == 0 && emptyCount == 0;
    }

    /** One line for people, e.g. {@code 2 duplicate values (SO-7 in rows 8, 9; ...), 1 empty (row 12)}. */
    public String describe() {
        if (ok()) {
            return "column " + column + " of " + source + " is a good key";
        }
        StringBuilder text = new StringBuilder("column " + column + " of " + source + " is not a good key: ");
        if (duplicateValues > 0) {
            text.append(duplicateValues).append(duplicateValues == 1 ? " duplicate value (" : " duplicate values (");
            duplicates.stream().limit(3).forEach(d -> text.append(d.value()).append(" in rows ")
                    .append(join(d.rows())).append("; "));
            text.setLength(text.length() - 2);
            text.append(duplicateValues > 3 ? "; ...)" : ")");
        }
        if (emptyCount > 0) {
            text.append(duplicateValues > 0 ? ", " : "").append(emptyCount).append(" empty (")
                    .append(emptyCount == 1 ? "row " : "rows ").append(join(emptyRows.stream().limit(5).toList()))
                    .append(emptyCount > 5 ? ", ...)" : ")");
        }
        return text.toString();
    }

    private static String join(List<Long> rows) {
        return String.join(", ", rows.stream().map(String::valueOf).toList());
    }
}
