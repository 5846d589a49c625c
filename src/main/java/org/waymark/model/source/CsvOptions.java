package org.waymark.model.source;

import java.nio.charset.Charset;

/** What the caller fixes about a CSV file; each null part is detected from the file. */
public record CsvOptions(Character delimiter, Boolean header, Charset encoding) {

    public static final CsvOptions DETECT = new CsvOptions(null, null, null);

    public CsvOptions withDelimiter(Character value) {
        return new CsvOptions(value, header, encoding);
    }

    public CsvOptions withHeader(Boolean value) {
        return new CsvOptions(delimiter, value, encoding);
    }

    public CsvOptions withEncoding(Charset value) {
        return new CsvOptions(delimiter, header, value);
    }
}
