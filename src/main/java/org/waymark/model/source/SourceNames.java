package org.waymark.model.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that may reach SQL as identifiers: a data source's name and its column names must match
 * {@code [a-z][a-z0-9_]*} (at most 50 characters); its table is {@code src_<name>}. Column names are derived from the
 * header text; {@value #ROW_COLUMN} is reserved for the row number every source table keeps.
 */
public final class SourceNames {

    public static final String ROW_COLUMN = "wm_row";
    public static final int MAX_LENGTH = 50;
    private static final Pattern SAFE = Pattern.compile("[a-z][a-z0-9_]*");

    private SourceNames() {
    }

    public static boolean isSafe(String name) {
        return name != null && name.length() <= MAX_LENGTH && SAFE.matcher(name).matches();
    }

    /** Checks a data source name given by the user. */
    public static String checkSourceName(String name) {
        if (!isSafe(name)) {
            throw new IllegalArgumentException("A data source name must be lower-case letters, digits and _, start "
                    + "with a letter and have at most " + MAX_LENGTH + " characters"
                    + (name == null || name.isBlank() ? "" : " (for example " + suggest(name, "source") + ")")
                    + "; \"" + name + "\" is not");
        }
        return name;
    }

    /** The table holding a data source's rows. */
    public static String tableName(String sourceName) {
        return "src_" + checkSourceName(sourceName);
    }

    /** Safe, distinct column names for header labels (null labels, or no header, give column_1, column_2...). */
    public static List<String> columnNames(List<String> labels) {
        Set<String> taken = new HashSet<>(Set.of(ROW_COLUMN));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String base = labels.get(i) == null ? "" : suggest(labels.get(i), "");
            if (base.isEmpty()) {
                base = "column_" + (i + 1);
            }
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + "_" + n;
            }
            names.add(name);
        }
        return names;
    }

    /** A safe name made from any text, or {@code fallback} if nothing is left of it. */
    public static String suggest(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String name = ascii.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            return fallback;
        }
        if (!Character.isLetter(name.charAt(0))) {
            name = "c_" + name;
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
