package org.waymark.model.source;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read as a table: the header (or the first row's width) fixes the columns, and every later row must have
 * exactly that many fields, or reading stops with a {@link SourceFileException} naming the row and column.
 */
public final class SourceFile implements Closeable {

    private final CsvReader reader;
    private final List<String> labels;
    private final List<String> names;
    private List<String> pending;

    private SourceFile(CsvReader reader, boolean header) {
        this.reader = reader;
        List<String> first = reader.next();
        if (first == null) {
            throw new SourceFileException(reader.fileName(), "is empty");
        }
        if (header) {
            labels = List.copyOf(first);
        } else {
            List<String> none = new ArrayList<>();
            first.forEach(f -> none.add(null));
            labels = none;
            pending = List.copyOf(first);
        }
        names = SourceNames.columnNames(labels);
        reader.columnNames(names);
    }

    /** Opens {@code file} in {@code format} and reads its header. */
    public static SourceFile open(Path file, CsvFormat format) {
        try {
            CsvReader reader = CsvReader.open(file, format);
            try {
                return new SourceFile(reader, format.header());
            } catch (RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new SourceFileException(String.valueOf(file), "no such file");
        } catch (IOException e) {
            throw new SourceFileException(String.valueOf(file), "cannot be read: " + e.getMessage());
        }
    }

    public String fileName() {
        return reader.fileName();
    }

    /** The header texts as written (null entries without a header). */
    public List<String> labels() {
        return labels;
    }

    /** The safe column names derived from the labels. */
    public List<String> names() {
        return names;
    }

    /** The fields of the next data row (valid until the next call), or null at the end. */
    public List<String> next() {
        if (pending != null) {
            List<String> first = pending;
            pending = null;
            return first;
        }
        List<String> fields = reader.next();
        if (fields != null && fields.size() != names.size()) {
            throw ragged(fields.size());
        }
        return fields;
    }

    private SourceFileException ragged(int count) {
        String expected = names.size() + (labels.get(0) == null ? " as the first row" : " as the header");
        String column = count < names.size() ? names.get(count) : String.valueOf(names.size() + 1);
        String problem = count < names.size() ? "missing: the row has " + count + " fields, not " + expected
                : "too many fields: the row has " + count + " fields, not " + expected;
        return new SourceFileException(reader.fileName(), reader.row(), column, problem);
    }

    /** The spreadsheet row (1-based, header counted) of the row {@link #next()} returned last. */
    public long row() {
        return reader.row();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
