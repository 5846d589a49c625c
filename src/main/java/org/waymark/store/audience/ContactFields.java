package org.waymark.store.audience;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waymark.model.audience.ContactRules;
import org.waymark.model.source.SourceFile;
import org.waymark.model.source.SourceFileException;

/** One row of a contact file, read by column name, with errors that name the file, row and column. */
final class ContactFields {

    private final SourceFile csv;
    private final List<String> fields;
    private final Map<String, Integer> columns;
    private final long row;

    ContactFields(SourceFile csv, List<String> fields, Map<String, Integer> columns) {
        this.csv = csv;
        this.fields = fields;
        this.columns = columns;
        this.row = csv.row();
    }

    /** The trimmed value of a required column; an empty one stops the import. */
    String required(String column) {
        String value = optional(column);
        if (value == null) {
            throw problem(column, "is empty; every contact needs one");
        }
        return value;
    }

    /** The trimmed value, or null when the column is absent or the field empty. */
    String optional(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = fields.get(index);
        if (value == null || value.isBlank()) {
            return null;
        }
        String kept = value.strip();
        Integer limit = ContactRules.limit(column);
        if (limit != null && kept.length() > limit) {
            throw problem(column, "is " + kept.length() + " characters long; at most " + limit + " fit");
        }
        return kept;
    }

    /** The id of the record named in {@code column} (any case), null when empty; an unknown name stops the import. */
    Long lookup(String column, Map<String, Long> idsByLowerCaseName, String unknown) {
        String name = optional(column);
        if (name == null) {
            return null;
        }
        Long id = idsByLowerCaseName.get(name.toLowerCase(Locale.ROOT));
        if (id == null) {
            throw problem(column, unknown + " \"" + name + "\"");
        }
        return id;
    }

    SourceFileException problem(String column, String problem) {
        return new SourceFileException(csv.fileName(), row, column, problem);
    }
}
