package org.waymark.store.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.source.ColumnType;
import org.waymark.model.source.CsvOptions;
import org.waymark.model.source.DataSource;
import org.waymark.model.source.SourceColumn;
import org.waymark.model.source.SourceFileException;
import org.waymark.store.Store;
import org.waymark.store.StoreException;

class DataSourceImporterTest {

    @TempDir
    Path dir;
    private Store store;
    private DataSourceImporter importer;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        importer = new DataSourceImporter(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private boolean tableExists(String table) {
        return store.dsl().fetchExists(DSL.select().from("INFORMATION_SCHEMA.TABLES")
                .where(DSL.field("TABLE_NAME").like(table + "%")));
    }

    @Test
    void importsRowsWithTypesAndCatalogsTheSource() throws Exception {
        Path csv = file("orders.csv", "Order Id,Email,Amount,Ordered At,Paid\n"
                + "SO-1,ada@x.example,12.50,2026-03-01 10:00,true\n"
                + "SO-2,\"bob@x.example\",7,2026-03-02T11:30:00,false\n");
        List<Long> progress = new ArrayList<>();
        DataSource source = importer.importFile(SourceImport.of("orders", csv), new ImportProgress() {
            @Override
            public void rowsDone(long rows) {
                progress.add(rows);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(source.tableName()).isEqualTo("src_orders");
        assertThat(source.rowCount()).isEqualTo(2);
        assertThat(progress).containsExactly(2L);
        assertThat(source.columns()).extracting(SourceColumn::name).containsExactly("order_id", "email", "amount",
                "ordered_at", "paid");
        assertThat(source.columns()).extracting(SourceColumn::type).containsExactly(ColumnType.TEXT, ColumnType.TEXT,
                ColumnType.DECIMAL, ColumnType.TIMESTAMP, ColumnType.BOOLEAN);
        assertThat(new DataSources(store).list()).containsExactly(source);
        var row = store.dsl().selectFrom(SourceTables.table("src_orders")).orderBy(SourceTables.rowField()).fetch()
                .get(1);
        assertThat(row.get("wm_row", Long.class)).isEqualTo(3);
        assertThat(row.get("ordered_at", LocalDateTime.class)).isEqualTo(LocalDateTime.parse("2026-03-02T11:30"));
        assertThat(row.get("amount", java.math.BigDecimal.class)).isEqualByComparingTo("7");
    }

    @Test
    void anExistingNameIsRefusedUnlessReplaceIsAsked() throws Exception {
        Path one = file("a.csv", "id,day\n1,2026-01-01\n");
        Path two = file("b.csv", "id,day\n1,2026-01-01\n2,2026-01-02\n");
        importer.importFile(SourceImport.of("visits", one), ImportProgress.NONE);
        assertThatThrownBy(() -> importer.importFile(SourceImport.of("visits", two), ImportProgress.NONE))
                .isInstanceOf(StoreException.class).hasMessageContaining("visits exists already");
        assertThat(importer.importFile(SourceImport.of("visits", two).replacing(true), ImportProgress.NONE).rowCount())
                .isEqualTo(2);
        assertThat(store.dsl().fetchCount(SourceTables.table("src_visits"))).isEqualTo(2);
        assertThat(new DataSources(store).list()).hasSize(1);
    }

    @Test
    void eachBadFileSaysWhereAndLeavesTheStoreAsItWas() throws Exception {
        Path good = file("good.csv", "id,day\n1,2026-01-01\n");
        importer.importFile(SourceImport.of("kept", good), ImportProgress.NONE);
        byte[] latin = "id,city\n1,Z\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1);
        List<Object[]> cases = List.of(
                new Object[] {"ragged.csv", "id,day\n1,2026-01-01\n2\n", "ragged.csv: row 3, column day: missing"},
                new Object[] {"quote.csv", "id,note\n1,\"open\n2,x\n", "quote.csv: row 2, column note: a quote opens"},
                new Object[] {"date.csv", "id,day\n1,2026-01-01\n2,2026-02-31\n",
                        "date.csv: row 3, column day: \"2026-02-31\" is not a date"},
                new Object[] {"latin.csv", latin, "latin.csv: row 2, column city: is not valid UTF-8 (byte 0xFC)"});
        for (Object[] c : cases) {
            Path csv = dir.resolve((String) c[0]);
            if (c[1] instanceof byte[] bytes) {
                Files.write(csv, bytes);
            } else {
                Files.writeString(csv, (String) c[1]);
            }
            List<ColumnType> types = c[0].equals("date.csv") ? List.of(ColumnType.INTEGER, ColumnType.DATE) : null;
            assertThatThrownBy(() -> importer.importFile(SourceImport.of("bad", csv).withTypes(types),
                    ImportProgress.NONE)).isInstanceOf(SourceFileException.class)
                    .hasMessageStartingWith((String) c[2]);
            assertThat(tableExists("src_bad")).as((String) c[0]).isFalse();
            assertThat(new DataSources(store).list()).extracting(DataSource::name).containsExactly("kept");
        }
        assertThat(store.dsl().fetchCount(SourceTables.table("src_kept"))).isEqualTo(1);
    }

    @Test
    void aFailedReplaceKeepsTheOldRows() throws Exception {
        importer.importFile(SourceImport.of("orders", file("o.csv", "id,day\n1,2026-01-01\n")), ImportProgress.NONE);
        Path bad = file("o2.csv", "id,day\n1,2026-01-01\n2,2026-01-02,x\n");
        assertThatThrownBy(() -> importer.importFile(SourceImport.of("orders", bad).replacing(true),
                ImportProgress.NONE)).hasMessageStartingWith("o2.csv: row 3, column 3: too many fields");
        assertThat(store.dsl().fetchCount(SourceTables.table("src_orders"))).isEqualTo(1);
        assertThat(new DataSources(store).find("orders").orElseThrow().fileName()).isEqualTo("o.csv");
    }

    /** Issue 20, finding 3: a file of 1,000 columns or more went over H2's 100,000 parameters per statement. */
    @Test
    void aWideFileFitsItsInsertsToTheColumnsAndOneTooWideIsRefusedPlainly() throws Exception {
        for (int width : new int[] {1_000, 1_500}) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < width; c++) {
                text.append(c == 0 ? "" : ",").append("c").append(c);
            }
            text.append('\n');
            int rows = StagingRows.ROWS_PER_STATEMENT + 3;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < width; c++) {
                    text.append(c == 0 ? "" : ",").append(r * c);
                }
                text.append('\n');
            }
            DataSource source = importer.importFile(SourceImport.of("wide" + width,
                    file("wide" + width + ".csv", text.toString())), ImportProgress.NONE);
            assertThat(source.rowCount()).isEqualTo(rows);
            assertThat(source.columns()).hasSize(width);
        }
        assertThat(StagingRows.rowsPerStatement(1_000)).isLessThan(StagingRows.ROWS_PER_STATEMENT);
        assertThat(StagingRows.rowsPerStatement(16_383)).isEqualTo(6);
        StringBuilder tooWide = new StringBuilder();
        for (int c = 0; c <= StagingRows.MAX_FILE_COLUMNS; c++) {
            tooWide.append(c == 0 ? "" : ",").append("c").append(c);
        }
        tooWide.append('\n');
        assertThatThrownBy(() -> importer.importFile(SourceImport.of("too_wide", file("too-wide.csv",
                tooWide + tooWide.toString().replace("c", "") + "\n")), ImportProgress.NONE))
                .hasMessageStartingWith("too-wide.csv: has 16,384 columns; a data source holds at most 16,383");
        assertThat(new DataSources(store).find("too_wide")).isEmpty();
    }

    @Test
    void everyRowArrivesWhateverStatementOrBatchItFallsIn() throws Exception {
        int count = DataSourceImporter.BATCH_ROWS + StagingRows.ROWS_PER_STATEMENT + 7;
        StringBuilder text = new StringBuilder("id,amount,at,note\n");
        for (int i = 0; i < count; i++) {
            text.append(i).append(',').append(i % 3 == 0 ? "" : i + ".25").append(",2026-01-01T00:00:")
                    .append(String.format("%02d", i % 60)).append(',').append(i % 5 == 0 ? "" : "n" + i).append('\n');
        }
        DataSource source = importer.importFile(SourceImport.of("many", file("many.csv", text.toString())),
                ImportProgress.NONE);
        assertThat(source.rowCount()).isEqualTo(count);
        var rows = store.dsl().selectFrom(SourceTables.table("src_many")).orderBy(SourceTables.rowField()).fetch();
        assertThat(rows).hasSize(count);
        for (int i = 0; i < count; i++) {
            var row = rows.get(i);
            assertThat(row.get("wm_row", Long.class)).isEqualTo(i + 2L);
            assertThat(row.get("id", Long.class)).isEqualTo(i);
            assertThat(row.get("amount", java.math.BigDecimal.class)).isEqualTo(
                    i % 3 == 0 ? null : new java.math.BigDecimal(i + ".250000000000"));
            assertThat(row.get("at", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0, i % 60));
            assertThat(row.get("note", String.class)).isEqualTo(i % 5 == 0 ? null : "n" + i);
        }
    }

    @Test
    void cancellingBetweenBatchesImportsNothing() throws Exception {
        StringBuilder text = new StringBuilder("id,day\n");
        for (int i = 0; i < DataSourceImporter.BATCH_ROWS * 3; i++) {
            text.append(i).append(",2026-01-01\n");
        }
        Path big = file("big.csv", text.toString());
        List<Long> seen = new ArrayList<>();
        ImportProgress cancelAfterTwo = new ImportProgress() {
            @Override
            public void rowsDone(long rows) {
                seen.add(rows);
            }

            @Override
            public boolean cancelled() {
                return seen.size() == 2;
            }
        };
        assertThatThrownBy(() -> importer.importFile(SourceImport.of("big", big), cancelAfterTwo))
                .isInstanceOf(ImportCancelledException.class).hasMessageContaining("big.csv");
        assertThat(seen).containsExactly((long) DataSourceImporter.BATCH_ROWS, 2L * DataSourceImporter.BATCH_ROWS);
        assertThat(tableExists("src_big")).isFalse();
        assertThat(new DataSources(store).list()).isEmpty();
    }

    @Test
    void previewShowsFormatTypesAndFirstRowsWithoutWriting() throws Exception {
        Path csv = file("p.csv", "name;joined;points\nAda;01.02.2026;10\nBob;02.02.2026;20\nCy;03.02.2026;5\n");
        var preview = importer.preview(csv, CsvOptions.DETECT, 2);
        assertThat(preview.format().describe()).isEqualTo("semicolon, header, UTF-8");
        assertThat(preview.columns()).extracting(SourceColumn::type).containsExactly(ColumnType.TEXT, ColumnType.DATE,
                ColumnType.INTEGER);
        assertThat(preview.rows()).containsExactly(List.of("Ada", "01.02.2026", "10"), List.of("Bob", "02.02.2026", "20"));
        assertThat(new DataSources(store).list()).isEmpty();
        DataSource imported = importer.importFile(SourceImport.of("members", csv), ImportProgress.NONE);
        assertThat(store.dsl().select(SourceTables.field("joined", LocalDate.class))
                .from(SourceTables.table(imported.tableName())).orderBy(SourceTables.rowField()).fetch().get(0).value1())
                .isEqualTo(LocalDate.of(2026, 2, 1));
    }
}
