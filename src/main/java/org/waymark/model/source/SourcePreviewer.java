package org.waymark.model.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file's format, columns and types without importing it. {@link #preview} looks at the first rows only;
 * {@link #inferAll} reads the whole file, so its types fit every row.
 */
public final class SourcePreviewer {

    /** How many rows a preview infers types from (at least as many as it shows). */
    public static final int INFERENCE_ROWS = 10_000;

    private final CsvFormatDetector detector = new CsvFormatDetector();

    /** The format (detected where {@code options} leave it open), the columns and the first {@code rows} rows. */
    public SourcePreview preview(Path file, CsvOptions options, int rows) {
        CsvFormat format = detector.detect(file, options);
        return read(file, format, rows, Math.max(rows, INFERENCE_ROWS));
    }

    /** Like {@link #preview} but inferring the types from every row; a bad row anywhere is reported. */
    public SourcePreview inferAll(Path file, CsvFormat format, int rows) {
        return read(file, format, rows, Long.MAX_VALUE);
    }

    private static SourcePreview read(Path file, CsvFormat format, int shown, long inferred) {
        try (SourceFile source = SourceFile.open(file, format)) {
            ColumnTypeInference inference = new ColumnTypeInference(source.names().size());
            List<List<String>> rows = new ArrayList<>();
            long count = 0;
            for (List<String> row = source.next(); row != null && count < inferred; row = source.next()) {
                inference.accept(row);
                if (rows.size() < shown) {
                    rows.add(List.copyOf(row));
                }
                count++;
            }
            List<ColumnType> types = inference.types();
            List<SourceColumn> columns = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                String label = source.labels().get(i);
                String name = source.names().get(i);
                columns.add(new SourceColumn(name, label == null ? name : label, types.get(i)));
            }
            return new SourcePreview(source.fileName(), format, columns, rows, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
