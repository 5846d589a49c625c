package org.waymark.store.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.waymark.store.ContactRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;

/**
 * Measures the store's everyday work against baselines taken in the same run on the same machine, so the
 * figures compare across machines as ratios: bulk writes against a plain JDBC batch insert, reads against
 * a primary-key lookup.
 */
public final class StoreBenchmark {

    /** One measured figure: its value, its unit and its ratio to the baseline of its kind. */
    public record Figure(String name, double value, String unit, double ratio, String baseline) {
    }

    private static final int BASELINE_ROWS = 50_000;
    private static final int READ_REPEATS = 200;

    private final Clock clock;

    public StoreBenchmark(Clock clock) {
        this.clock = clock;
    }

    public List<Figure> run(Path workFolder) throws IOException {
        Path dir = Files.createTempDirectory(workFolder, "waymark-bench-");
        try (Store store = Store.open(dir)) {
            double baselineRowsPerSecond = baselineInsert(store);
            long start = System.nanoTime();
            DemoWorkspace.Summary demo = new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, clock).generate(store);
            double seconds = (System.nanoTime() - start) / 1e9;
            int rows = demo.accounts() + demo.contacts() + demo.interactions();
            double demoRate = rows / seconds;

            ContactRepository contacts = new ContactRepository(store);
            JourneyRepository journeys = new JourneyRepository(store, clock);
            double keyLookup = microsPerCall(() -> contacts.search("", 0, 1).size());
            double search = microsPerCall(() -> contacts.search("smith", 0, 200).size());
            double load = microsPerCall(() -> journeys.find(1).map(j -> 1L).orElse(0L));

            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure("JDBC batch insert (baseline)", baselineRowsPerSecond, "rows/s", 1, "itself"));
            figures.add(new Figure("Demo workspace generation", demoRate, "rows/s", demoRate / baselineRowsPerSecond,
                    "JDBC batch insert"));
            figures.add(new Figure("First contact page (baseline)", keyLookup, "µs", 1, "itself"));
            figures.add(new Figure("Contact search \"smith\", 200 rows", search, "µs", search / keyLookup,
                    "first contact page"));
            figures.add(new Figure("Open a stored journey (parse JSON)", load, "µs", load / keyLookup,
                    "first contact page"));
            return figures;
        } finally {
            deleteTree(dir);
        }
    }

    private double baselineInsert(Store store) {
        return store.dsl().connectionResult(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE bench_row (id BIGINT PRIMARY KEY, contact_id BIGINT, kind VARCHAR(40), "
                        + "occurred_at TIMESTAMP, detail VARCHAR(200))");
            }
            long start = System.nanoTime();
            insertRows(connection);
            double rate = BASELINE_ROWS / ((System.nanoTime() - start) / 1e9);
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE bench_row");
            }
            return rate;
        });
    }

    private static void insertRows(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_row VALUES (?, ?, ?, ?, ?)")) {
            Timestamp at = Timestamp.valueOf("2026-01-01 00:00:00");
            for (int i = 0; i < BASELINE_ROWS; i++) {
                insert.setLong(1, i);
                insert.setLong(2, i % 2400);
                insert.setString(3, "EMAIL");
                insert.setTimestamp(4, at);
                insert.setString(5, "Opened on mobile");
                insert.addBatch();
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Median microseconds per call, after a warm-up of the same size. */
    private static double microsPerCall(LongSupplier call) {
        long sink = 0;
        for (int i = 0; i < READ_REPEATS; i++) {
            sink += call.getAsLong();
        }
        long[] samples = new long[READ_REPEATS];
        for (int i = 0; i < READ_REPEATS; i++) {
            long start = System.nanoTime();
            sink += call.getAsLong();
            samples[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(samples);
        return sink < 0 ? -1 : samples[READ_REPEATS / 2] / 1000.0;
    }

    /** {@code file}, its dirty pages written out, so that they are not written while a benchmark's clock runs. */
    static Path forcedToDisk(Path file) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return file;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
