package org.waymark.model.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses a CSV file's format from its first 64 KiB, keeping whatever the caller fixed in {@link CsvOptions}:
 * a UTF-8 byte order mark gives UTF-8 with BOM, anything else is read as UTF-8; the delimiter is the candidate that
 * splits the sampled rows into the same number (more than one) of fields most often; the first row is a header unless
 * it fits the types of typed columns below it (a numeric or date first row means data).
 */
public final class CsvFormatDetector {

    private static final int SAMPLE_BYTES = 1 << 16;
    private static final int SAMPLE_ROWS = 50;

    public CsvFormat detect(Path file, CsvOptions options) {
        byte[] sample = sample(file);
        boolean bom = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF;
        var encoding = options.encoding() != null ? options.encoding() : StandardCharsets.UTF_8;
        bom = bom && encoding.equals(StandardCharsets.UTF_8);
        String text = new String(sample, encoding);
        if (bom) {
            text = text.substring(1);
        }
        boolean truncated = sample.length == SAMPLE_BYTES;
        char delimiter = options.delimiter() != null ? options.delimiter() : delimiter(text, truncated);
        boolean header = options.header() != null ? options.header()
                : header(records(text, delimiter, truncated));
        return new CsvFormat(delimiter, header, encoding, bom);
    }

    private static byte[] sample(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (NoSuchFileException e) {
            throw new SourceFileException(String.valueOf(file), "no such file");
        } catch (IOException e) {
            throw new SourceFileException(String.valueOf(file), "cannot be read: " + e.getMessage());
        }
    }

    private static char delimiter(String text, boolean truncated) {
        char best = ',';
        double bestScore = 0;
        for (char candidate : CsvFormat.DELIMITERS) {
            List<List<String>> records = records(text, candidate, truncated);
            Map<Integer, Integer> widths = new HashMap<>();
            records.forEach(r -> widths.merge(r.size(), 1, Integer::sum));
            for (Map.Entry<Integer, Integer> width : widths.entrySet()) {
                if (width.getKey() < 2) {
                    continue;
                }
                // consistency first, then more fields
                double score = width.getValue() / (double) records.size() * 1000 + width.getKey();
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** The sampled records; a record cut off by the end of the sample, or a broken one, ends the list. */
    private static List<List<String>> records(String text, char delimiter, boolean truncated) {
        List<List<String>> records = new ArrayList<>();
        CsvReader reader = new CsvReader(new StringReader(text),
                new CsvFormat(delimiter, true, StandardCharsets.UTF_8, false), "sample");
        try {
            for (List<String> r = reader.next(); r != null && records.size() <= SAMPLE_ROWS; r = reader.next()) {
                records.add(List.copyOf(r));
            }
        } catch (SourceFileException e) {
            return records;
        }
        if (truncated && !records.isEmpty() && records.size() <= SAMPLE_ROWS) {
            records.remove(records.size() - 1);
        }
        return records;
    }

    private static boolean header(List<List<String>> records) {
        if (records.size() < 2) {
            return true;
        }
        List<String> first = records.get(0);
        ColumnTypeInference inference = new ColumnTypeInference(first.size());
        records.subList(1, records.size()).forEach(inference::accept);
        List<ColumnType> types = inference.types();
        boolean anyTyped = false;
        for (int i = 0; i < first.size(); i++) {
            if (types.get(i) == ColumnType.TEXT) {
                continue;
            }
            anyTyped = true;
            if (!ColumnTypeInference.fitsTyped(types.get(i), first.get(i))) {
                return true;
            }
        }
        return !anyTyped;
    }
}
