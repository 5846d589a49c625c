package org.waymark.store.bench;

import static org.waymark.store.schema.Tables.INTERACTION;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.store.Store;
import org.waymark.store.StoreException;
import org.waymark.store.bench.StoreBenchmark.Figure;
import org.waymark.store.simulation.InteractionWriter;

/**
 * How fast {@link InteractionWriter} puts a simulation's interactions into the interaction table, against two raw
 * paths measured in the same run on the same rows: a plain JDBC batch insert (single-row INSERT, batches of 5,000)
 * and H2's CSVREAD (the rows written to a CSV file, then one INSERT … SELECT … FROM CSVREAD, the file writing
 * counted). Each measurement runs in a fresh scratch store, in one transaction, after a warm-up of every path; each
 * path runs {@code rounds} times, in rotating order, and its best round counts.
 */
public final class InteractionPersistenceBenchmark {

    private static final int WARM_UP_ROWS = 200_000;
    private static final int RAW_BATCH = 5_000;
    private static final String RUN_ID = "bench";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String COLUMNS = "contact_id, account_id, type, subtype, occurred_at, asset_kind, asset_id, "
            + "asset_name, detail, url, source, run_id";

    /** One way of writing rows into a fresh store's interaction table; returns the seconds it took. */
    private interface WritePath {
        double write(Store store, Path scratch, InteractionBatch rows) throws Exception;
    }

    private final Path workFolder;
    private final int rounds;

    public InteractionPersistenceBenchmark(Path workFolder, int rounds) {
        this.workFolder = workFolder;
        this.rounds = Math.max(1, rounds);
    }

    /** Figures for writing {@code rows}: raw JDBC (the baseline), CSVREAD, then the writer against the faster. */
    public List<Figure> run(InteractionBatch rows) throws IOException {
        List<WritePath> paths = List.of(InteractionPersistenceBenchmark::jdbc, InteractionPersistenceBenchmark::csv,
                InteractionPersistenceBenchmark::writer);
        InteractionBatch warmUp = head(rows, WARM_UP_ROWS);
        for (WritePath path : paths) {
            measure(path, warmUp);
        }
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < paths.size(); k++) {
                int p = (k + round) % paths.size();
                best[p] = Math.min(best[p], measure(paths.get(p), rows));
            }
        }
        double jdbc = rows.size() / best[0];
        double csv = rows.size() / best[1];
        double writer = rows.size() / best[2];
        double faster = Math.max(jdbc, csv);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Raw JDBC batch insert (baseline)", jdbc, "rows/s", 1, "itself"));
        figures.add(new Figure("H2 CSVREAD: write CSV + INSERT…SELECT", csv, "rows/s", csv / jdbc, "raw JDBC"));
        figures.add(new Figure("InteractionWriter", writer, "rows/s", writer / faster,
                jdbc >= csv ? "faster raw path (JDBC)" : "faster raw path (CSVREAD)"));
        return figures;
    }

    private double measure(WritePath path, InteractionBatch rows) throws IOException {
        Path dir = Files.createTempDirectory(workFolder, "waymark-bench-persist-");
        try (Store store = Store.open(dir)) {
            double seconds = path.write(store, dir, rows);
            int written = store.dsl().fetchCount(INTERACTION);
            if (written != rows.size()) {
                throw new StoreException("A benchmark path wrote " + written + " rows of " + rows.size());
            }
            return seconds;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("Benchmark write failed: " + e.getMessage(), e);
        } finally {
            deleteTree(dir);
        }
    }

    private static double writer(Store store, Path scratch, InteractionBatch rows) {
        long start = System.nanoTime();
        new InteractionWriter().write(store, rows, RUN_ID);
        return seconds(start);
    }

    private static double jdbc(Store store, Path scratch, InteractionBatch rows) {
        return store.dsl().connectionResult(connection -> {
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO interaction (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    setId(insert, 1, rows.contactId(i));
                    setId(insert, 2, rows.accountId(i));
                    insert.setString(3, rows.type(i).name());
                    insert.setString(4, rows.subtype(i));
                    insert.setObject(5, LocalDateTime.ofEpochSecond(rows.occurredAt(i), 0, ZoneOffset.UTC));
                    insert.setString(6, rows.assetKind(i));
                    setId(insert, 7, rows.assetId(i));
                    insert.setString(8, rows.assetName(i));
                    insert.setString(9, rows.detail(i));
                    insert.setString(10, rows.url(i));
                    insert.setString(11, InteractionWriter.SOURCE);
                    insert.setString(12, RUN_ID);
                    insert.addBatch();
                    if (i % RAW_BATCH == RAW_BATCH - 1) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return seconds(start);
        });
    }

    private static double csv(Store store, Path scratch, InteractionBatch rows) throws IOException {
        long start = System.nanoTime();
        Path file = scratch.resolve("interactions.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("CONTACT_ID,ACCOUNT_ID,TYPE,SUBTYPE,OCCURRED_AT,ASSET_KIND,ASSET_ID,ASSET_NAME,DETAIL,URL\n");
            for (int i = 0; i < rows.size(); i++) {
                id(out, rows.contactId(i));
                id(out, rows.accountId(i));
                text(out, rows.type(i).name(), ',');
                text(out, rows.subtype(i), ',');
                out.write(CSV_TIME.format(LocalDateTime.ofEpochSecond(rows.occurredAt(i), 0, ZoneOffset.UTC)));
                out.write(',');
                text(out, rows.assetKind(i), ',');
                id(out, rows.assetId(i));
                text(out, rows.assetName(i), ',');
                text(out, rows.detail(i), ',');
                text(out, rows.url(i), '\n');
            }
        }
        store.dsl().connection(connection -> insertFromCsv(connection, file));
        return seconds(start);
    }

    private static void insertFromCsv(Connection connection, Path file) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO interaction (" + COLUMNS + ") "
                + "SELECT CAST(CONTACT_ID AS BIGINT), CAST(ACCOUNT_ID AS BIGINT), TYPE, SUBTYPE, "
                + "CAST(OCCURRED_AT AS TIMESTAMP), ASSET_KIND, CAST(ASSET_ID AS BIGINT), ASSET_NAME, DETAIL, URL, ?, ? "
                + "FROM CSVREAD(" + literal(file.toAbsolutePath().toString()) + ", NULL, 'charset=UTF-8')")) {
            insert.setString(1, InteractionWriter.SOURCE);
            insert.setString(2, RUN_ID);
            insert.executeUpdate();
        }
        connection.commit();
    }

    /** CSVREAD wants its file name when the statement is prepared, so as an SQL literal, escaped by jOOQ. */
    private static String literal(String text) {
        return DSL.using(SQLDialect.H2).render(DSL.inline(text));
    }

    private static void id(BufferedWriter out, long id) throws IOException {
        if (id != InteractionBatch.NONE) {
            out.write(Long.toString(id));
        }
        out.write(',');
    }

    /** A quoted field (quotes doubled), or an empty unquoted one, which CSVREAD reads as NULL. */
    private static void text(BufferedWriter out, String value, char end) throws IOException {
        if (value != null) {
            out.write('"');
            out.write(value.indexOf('"') < 0 ? value : value.replace("\"", "\"\""));
            out.write('"');
        }
        out.write(end);
    }

    private static void setId(PreparedStatement statement, int index, long id) throws SQLException {
        if (id == InteractionBatch.NONE) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }

    private static InteractionBatch head(InteractionBatch rows, int count) {
        InteractionBatch head = new InteractionBatch(Math.min(count, rows.size()));
        for (int i = 0; i < Math.min(count, rows.size()); i++) {
            head.add(rows.contactId(i), rows.accountId(i), rows.type(i), rows.subtype(i), rows.occurredAt(i),
                    rows.assetKind(i), rows.assetId(i), rows.assetName(i), rows.detail(i), rows.url(i));
        }
        return head;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
