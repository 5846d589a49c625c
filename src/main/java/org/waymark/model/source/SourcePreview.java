package org.waymark.model.source;

import java.util.List;

/**
 * What an import wizard shows before importing: the detected (or given) format, the columns with their inferred types,
 * and the first rows as text. {@code inferredFrom} says how many rows the types were inferred from.
 */
public record SourcePreview(String fileName, CsvFormat format, List<SourceColumn> columns, List<List<String>> rows,
        long inferredFrom) {
}
