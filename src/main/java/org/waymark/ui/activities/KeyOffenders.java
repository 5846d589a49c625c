package org.waymark.ui.activities;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.waymark.store.activity.KeyCheck;

/** The lines the wizard lists under a column that cannot be a key: each duplicate value and each empty row. */
final class KeyOffenders {

    private KeyOffenders() {
    }

    static List<String> lines(KeyCheck check) {
        List<String> lines = new ArrayList<>();
        for (KeyCheck.DuplicateKey duplicate : check.duplicates()) {
            lines.add("\"" + duplicate.value() + "\" in rows " + duplicate.rows().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        if (check.duplicateValues() > check.duplicates().size()) {
            lines.add("… and " + (check.duplicateValues() - check.duplicates().size()) + " more duplicate values");
        }
        check.emptyRows().forEach(row -> lines.add("Empty in row " + row));
        if (check.emptyCount() > check.emptyRows().size()) {
            lines.add("… and " + (check.emptyCount() - check.emptyRows().size()) + " more empty rows");
        }
        return lines;
    }
}
