package org.waymark.store.source;

import java.nio.file.Path;
import java.util.List;
import org.waymark.model.source.ColumnType;
import org.waymark.model.source.CsvOptions;
import org.waymark.model.source.SourceNames;

/**
 * What to import: the source's name ({@code [a-z][a-z0-9_]*}), the file, the format parts the caller fixes, the column
 * types (null: inferred from every row of the file, which reads it twice) and whether an existing source of that name
 * is replaced.
 */
public record SourceImport(String name, Path file, CsvOptions options, List<ColumnType> types, boolean replace) {

    public SourceImport {
        SourceNames.checkSourceName(name);
        types = types == null ? null : List.copyOf(types);
    }

    public static SourceImport of(String name, Path file) {
        return new SourceImport(name, file, CsvOptions.DETECT, null, false);
    }

    public SourceImport withOptions(CsvOptions value) {
        return new SourceImport(name, file, value, types, replace);
    }

    public SourceImport withTypes(List<ColumnType> value) {
        return new SourceImport(name, file, options, value, replace);
    }

    public SourceImport replacing(boolean value) {
        return new SourceImport(name, file, options, types, value);
    }
}
