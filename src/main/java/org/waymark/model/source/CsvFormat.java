package org.waymark.model.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How a CSV file is written: its field delimiter, whether the first row names the columns, its encoding, and whether
 * it starts with a UTF-8 byte order mark (skipped when reading).
 */
public record CsvFormat(char delimiter, boolean header, Charset encoding, boolean byteOrderMark) {

    /** The delimiters detection chooses from. */
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    public static final CsvFormat DEFAULT = new CsvFormat(',', true, StandardCharsets.UTF_8, false);

    public CsvFormat {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("A CSV delimiter cannot be " + describe(delimiter));
        }
        if (byteOrderMark && !encoding.equals(StandardCharsets.UTF_8)) {
            throw new IllegalArgumentException("Only UTF-8 files are read with a byte order mark");
        }
    }

    /** A short description for people and the catalog, e.g. {@code semicolon, header, UTF-8 with BOM}. */
    public String describe() {
        return describe(delimiter) + ", " + (header ? "header" : "no header") + ", " + encoding.name()
                + (byteOrderMark ? " with BOM" : "");
    }

    public static String describe(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            case '"' -> "a double quote";
            case '\n', '\r' -> "a line break";
            default -> "'" + delimiter + "'";
        };
    }
}
