package org.waymark.model.source;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An imported data source as the catalog knows it: its name, the table holding its rows, the file it came from, the
 * format it was read in, its columns and how many rows it has.
 */
public record DataSource(String name, String tableName, String fileName, String format, List<SourceColumn> columns,
        long rowCount, Instant importedAt) {

    public DataSource {
        columns = List.copyOf(columns);
    }

    public Optional<SourceColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
