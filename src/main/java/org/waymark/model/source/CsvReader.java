package org.waymark.model.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: fields separated by one delimiter, records by CRLF, LF or CR; a field in double quotes
 * may hold delimiters, line breaks and doubled quotes. Blank lines are skipped but counted, so {@link #row()} is the
 * row a spreadsheet shows. Problems are {@link SourceFileException}s naming the file, row and column: an unterminated
 * quote names the row where it opened; bytes invalid in the encoding name the row and column they are in.
 */
public final class CsvReader implements Closeable {

    private static final int UTF8_BOM = 0xFEFF;

    private final Reader in;
    private final char delimiter;
    private final String fileName;
    private final String encodingName;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>();
    private int position;
    private int limit;
    private long row;
    private List<String> columnNames = List.of();

    CsvReader(Reader in, CsvFormat format, String fileName) {
        this.in = in;
        this.delimiter = format.delimiter();
        this.fileName = fileName;
        this.encodingName = format.encoding().name();
    }

    /** Opens {@code file} in {@code format}, skipping a UTF-8 byte order mark if the file has one. */
    public static CsvReader open(Path file, CsvFormat format) throws IOException {
        InputStream stream = Files.newInputStream(file);
        CsvReader reader = new CsvReader(new DecodingReader(stream, format.encoding()), format,
                String.valueOf(file.getFileName()));
        reader.skipByteOrderMark();
        return reader;
    }

    private void skipByteOrderMark() {
        if (fill() && buffer[0] == UTF8_BOM) {
            position = 1;
        }
    }

    /** Names used for the columns in messages from now on (by default "column 1", "column 2"...). */
    public void columnNames(List<String> names) {
        this.columnNames = List.copyOf(names);
    }

    /** The row of the record {@link #next()} returned last (1-based, blank lines and header counted). */
    public long row() {
        return row;
    }

    public String fileName() {
        return fileName;
    }

    /** The fields of the next record, or null at the end of the file. */
    public List<String> next() {
        fields.clear();
        while (true) {
            row++;
            int c = read();
            if (c == -1) {
                row--;
                return null;
            }
            if (c == '\n') {
                continue;
            }
            if (c == '\r') {
                skipLineFeed();
                continue;
            }
            readRecord(c);
            return fields;
        }
    }

    private void readRecord(int first) {
        int c = first;
        while (true) {
            if (c == '"') {
                field.setLength(0);
                c = readQuoted();
                fields.add(field.toString());
            } else {
                c = readPlain(c);
            }
            if (c == delimiter) {
                c = read();
                continue;
            }
            if (c == '\r') {
                skipLineFeed();
            }
            return;
        }
    }

    /**
     * Reads an unquoted field whose first character {@code first} was just read, straight from the buffer (a field
     * that crosses a refill is put together in {@link #field}); returns the character after it.
     */
    private int readPlain(int first) {
        if (first == delimiter || first == '\n' || first == '\r' || first == -1) {
            fields.add("");
            return first;
        }
        int start = position - 1;
        field.setLength(0);
        boolean pieced = false;
        while (true) {
            int end = position;
            while (end < limit && !endsPlainField(buffer[end])) {
                end++;
            }
            if (end < limit) {
                position = end + 1;
                fields.add(pieced ? field.append(buffer, start, end - start).toString()
                        : new String(buffer, start, end - start));
                return buffer[end];
            }
            field.append(buffer, start, end - start);
            pieced = true;
            position = end;
            if (!fill()) {
                fields.add(field.toString());
                return -1;
            }
            start = 0;
        }
    }

    private boolean endsPlainField(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int readQuoted() {
        while (true) {
            int c = read();
            if (c == -1) {
                throw problem("a quote opens here and is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != delimiter && after != '\n' && after != '\r' && after != -1) {
                        throw problem("text after a closing quote (a quote inside a quoted field must be doubled)");
                    }
                    return after;
                }
            }
            field.append((char) c);
        }
    }

    private void skipLineFeed() {
        if ((position < limit || fill()) && buffer[position] == '\n') {
            position++;
        }
    }

    private int read() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private boolean fill() {
        try {
            int count = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(count, 0);
            return count > 0;
        } catch (DecodingReader.BadBytesException e) {
            throw problem("is not valid " + encodingName + " (" + e.getMessage()
                    + "); save the file as UTF-8, or name its encoding: --encoding on the command line, the Encoding "
                    + "choice when importing a data source in the window");
        } catch (IOException e) {
            throw new SourceFileException(fileName, "cannot be read: " + e.getMessage());
        }
    }

    private SourceFileException problem(String text) {
        return new SourceFileException(fileName, row, columnName(fields.size()), text);
    }

    /** The name of the column at {@code index} (0-based) for messages. */
    public String columnName(int index) {
        return index < columnNames.size() ? columnNames.get(index) : String.valueOf(index + 1);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
