package org.waymark.model.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private List<List<String>> rows(Path file, CsvFormat format) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (SourceFile source = SourceFile.open(file, format)) {
            rows.add(source.names());
            for (List<String> r = source.next(); r != null; r = source.next()) {
                rows.add(List.copyOf(r));
            }
        }
        return rows;
    }

    @Test
    void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() throws Exception {
        Path csv = file("q.csv", "id,comment,score\r\n1,\"Fast, friendly\",5\r\n"
                + "2,\"She said \"\"wow\"\"\nthen left\",4\n3,,\"\"\n");
        assertThat(rows(csv, CsvFormat.DEFAULT)).containsExactly(List.of("id", "comment", "score"),
                List.of("1", "Fast, friendly", "5"), List.of("2", "She said \"wow\"\nthen left", "4"),
                List.of("3", "", ""));
    }

    @Test
    void rowsAreCountedAsASpreadsheetDoesAcrossQuotedLineBreaks() throws Exception {
        Path csv = file("r.csv", "a,b\n1,\"x\ny\"\n2,z,extra\n");
        assertThatThrownBy(() -> rows(csv, CsvFormat.DEFAULT)).isInstanceOf(SourceFileException.class)
                .hasMessage("r.csv: row 3, column 3: too many fields: the row has 3 fields, not 2 as the header");
    }

    @Test
    void aShortRowNamesTheFirstMissingColumn() throws Exception {
        Path csv = file("s.csv", "id,Order Date,amount\n1,2026-01-01,3\n2,2026-01-02\n");
        assertThatThrownBy(() -> rows(csv, CsvFormat.DEFAULT))
                .hasMessage("s.csv: row 3, column amount: missing: the row has 2 fields, not 3 as the header");
    }

    @Test
    void aLastRowWithoutLineBreakIsRead() throws Exception {
        assertThat(rows(file("end.csv", "a,b\n1,2"), CsvFormat.DEFAULT)).containsExactly(List.of("a", "b"),
                List.of("1", "2"));
    }

    @Test
    void fieldsAcrossTheReadBufferAreWhole() throws Exception {
        StringBuilder text = new StringBuilder("id,name,note\r\n");
        for (int i = 0; i < 30_000; i++) {
            text.append(i).append(",name").append(i).append(i % 7 == 0 ? ",\"a,b\"\r\n" : ",x\r\n");
        }
        List<List<String>> rows = rows(file("long.csv", text.append("last,,").toString()), CsvFormat.DEFAULT);
        assertThat(rows).hasSize(30_002);
        for (int i = 0; i < 30_000; i++) {
            assertThat(rows.get(i + 1)).containsExactly(String.valueOf(i), "name" + i, i % 7 == 0 ? "a,b" : "x");
        }
        assertThat(rows.get(30_001)).containsExactly("last", "", "");
    }

    @Test
    void anUnterminatedQuoteNamesTheRowWhereItOpened() throws Exception {
        Path csv = file("u.csv", "id,comment\n1,ok\n2,\"never closed\n3,more\n4,rows\n");
        assertThatThrownBy(() -> rows(csv, CsvFormat.DEFAULT))
                .hasMessage("u.csv: row 3, column comment: a quote opens here and is never closed");
    }

    @Test
    void invalidUtf8NamesTheRowAndColumnOfTheByte() throws Exception {
        byte[] head = "id,city\n1,Paris\n2,".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Zürich\n3,Oslo\n".getBytes(StandardCharsets.ISO_8859_1);
        Path csv = dir.resolve("latin.csv");
        Files.write(csv, concat(head, latin1));
        assertThatThrownBy(() -> rows(csv, CsvFormat.DEFAULT))
                .hasMessageStartingWith("latin.csv: row 3, column city: is not valid UTF-8 (byte 0xFC)");
        CsvFormat latin = new CsvFormat(',', true, StandardCharsets.ISO_8859_1, false);
        assertThat(rows(csv, latin).get(2)).containsExactly("2", "Zürich");
    }

    @Test
    void theByteOrderMarkIsDetectedAndSkipped() throws Exception {
        Path csv = dir.resolve("bom.csv");
        Files.write(csv, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "name;amount\nAda;1.5\nBob;2\n".getBytes(StandardCharsets.UTF_8)));
        CsvFormat format = new CsvFormatDetector().detect(csv, CsvOptions.DETECT);
        assertThat(format).isEqualTo(new CsvFormat(';', true, StandardCharsets.UTF_8, true));
        assertThat(rows(csv, format).get(0)).containsExactly("name", "amount");
    }

    @Test
    void delimiterAndHeaderAreDetectedAndCanBeOverridden() throws Exception {
        CsvFormatDetector detector = new CsvFormatDetector();
        Path tab = file("t.tsv", "1\t2026-01-01\tA, B\n2\t2026-01-02\tC; D\n3\t2026-01-03\tE\n");
        assertThat(detector.detect(tab, CsvOptions.DETECT)).extracting(CsvFormat::delimiter, CsvFormat::header)
                .containsExactly('\t', false);
        Path pipe = file("p.csv", "id|when|note\n1|2026-01-01|x,y\n2|2026-01-02|z;w\n");
        assertThat(detector.detect(pipe, CsvOptions.DETECT)).extracting(CsvFormat::delimiter, CsvFormat::header)
                .containsExactly('|', true);
        Path quoted = file("c.csv", "name,comment\nAda,\"a;b;c;d\"\nBob,\"e;f;g\"\n");
        assertThat(detector.detect(quoted, CsvOptions.DETECT).delimiter()).isEqualTo(',');
        assertThat(detector.detect(pipe, CsvOptions.DETECT.withDelimiter(',').withHeader(false)))
                .extracting(CsvFormat::delimiter, CsvFormat::header).containsExactly(',', false);
    }

    @Test
    void typesAreInferredFromTheValues() throws Exception {
        Path csv = file("types.csv", "id,amount,active,day,at,zip,note,blank\n"
                + "1,9.5,true,2026-03-01,2026-03-01T10:15:00,01234,hello,\n"
                + "2,10,FALSE,2026-03-02,2026-03-02 11:00,98765,42,\n"
                + "3,-3.25,false,2026-03-03,2026-03-03T12:00:30+01:00,12345,x,\n");
        SourcePreview preview = new SourcePreviewer().preview(csv, CsvOptions.DETECT, 2);
        assertThat(preview.columns()).extracting(SourceColumn::type).containsExactly(ColumnType.INTEGER,
                ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.DATE, ColumnType.TIMESTAMP, ColumnType.TEXT,
                ColumnType.TEXT, ColumnType.TEXT);
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.inferredFrom()).isEqualTo(3);
        assertThat(ColumnType.TIMESTAMP.parse("2026-03-03T12:00:30+01:00").toString()).isEqualTo("2026-03-03T11:00:30");
        assertThat(ColumnType.DATE.parse("14.03.2026").toString()).isEqualTo("2026-03-14");
        assertThatThrownBy(() -> ColumnType.DATE.parse("2026-02-31")).hasMessage("\"2026-02-31\" is not a date");
    }

    @Test
    void columnNamesAreSafeAndDistinct() {
        assertThat(SourceNames.columnNames(java.util.Arrays.asList("Order Id", "Montant (€)", "order id", "2nd",
                "wm_row", "", null))).containsExactly("order_id", "montant", "order_id_2", "c_2nd", "wm_row_2",
                "column_6", "column_7");
        assertThat(SourceNames.isSafe("orders")).isTrue();
        assertThat(SourceNames.isSafe("Orders; DROP TABLE contact")).isFalse();
        assertThatThrownBy(() -> SourceNames.tableName("Order Lines")).hasMessageContaining("order_lines");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
