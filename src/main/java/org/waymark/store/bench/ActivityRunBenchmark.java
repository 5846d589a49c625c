package org.waymark.store.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.waymark.model.activity.ActivityMappingReader;
import org.waymark.store.Store;
import org.waymark.store.activity.ActivityRepository;
import org.waymark.store.activity.ActivityRunReport;
import org.waymark.store.activity.ActivityUnifier;
import org.waymark.store.source.DataSourceImporter;
import org.waymark.store.source.ImportProgress;
import org.waymark.store.source.SourceImport;

/**
 * Issue 20, finding 1: an activity run against the import of the same file, on the same scratch store in the same
 * run. A store of {@code contacts} contacts takes a generated order file of {@code rows} rows, each naming a contact
 * by email (in another case, with spaces around it, as exports do); the import of the file is the baseline, the run
 * that matches every row to its contact and writes it to the timeline is measured against it. A run that read every
 * contact for every row (rows × contacts) would be hundreds of times the import at this size.
 */
public final class ActivityRunBenchmark {

    /** Seconds of each side; the ratio is the run's time over the import's (the target: at most 2). */
    public record Result(long rows, int contacts, double importSeconds, double runSeconds, long unified,
                         long unmatched) {
        public double ratio() {
            return runSeconds / importSeconds;
        }
    }

    private static final String MAPPING = """
            {"formatVersion": 1, "activities": [{
              "name": "Orders", "type": "SalesOrder", "source": "orders", "key": "order_id",
              "timestamp": "ordered_at", "event": "status", "showInTimeline": true,
              "fields": {"orderId": "order_id", "amount": "total"},
              "relationship": {"contact": {"column": "customer_email", "match": "email"}}
            }]}""";

    private final Clock clock;

    public ActivityRunBenchmark(Clock clock) {
        this.clock = clock;
    }

    public Result run(Path workFolder, long rows, int contacts) throws IOException {
        Path dir = Files.createTempDirectory(workFolder, "waymark-bench-activities-");
        try {
            Path csv = generate(dir.resolve("orders.csv"), rows, contacts);
            try (Store store = Store.open(dir.resolve("store"))) {
                new SyntheticAudience(contacts, 0, LocalDateTime.of(2026, 1, 1, 0, 0)).load(store);
                store.dsl().execute("CHECKPOINT");
                long start = System.nanoTime();
                new DataSourceImporter(store, clock).importFile(SourceImport.of("orders", csv), ImportProgress.NONE);
                double imported = (System.nanoTime() - start) / 1e9;
                ActivityRepository activities = new ActivityRepository(store, clock);
                activities.save(new ActivityMappingReader().read(MAPPING).get(0));
                store.dsl().execute("CHECKPOINT");
                start = System.nanoTime();
                List<ActivityRunReport> reports = new ActivityUnifier(store, activities).runAll();
                double ran = (System.nanoTime() - start) / 1e9;
                ActivityRunReport report = reports.get(0);
                return new Result(rows, contacts, imported, ran, report.unified(), report.unmatched());
            }
        } catch (Exception e) {
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } finally {
            StoreBenchmark.deleteTree(dir);
        }
    }

    /** Orders naming contacts 1 to {@code contacts} by email, one in 50 unknown, forced to disk before timing. */
    private static Path generate(Path csv, long rows, int contacts) throws IOException {
        Random random = new Random(11);
        LocalDateTime base = LocalDateTime.of(2026, 1, 1, 0, 0);
        String[] statuses = {"Placed", "Shipped", "Delivered", "Returned"};
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("order_id,customer_email,ordered_at,status,total\n");
            for (long i = 0; i < rows; i++) {
                int who = 1 + random.nextInt(contacts);
                String email = random.nextInt(50) == 0 ? "stranger" + who + "@nowhere.example"
                        : random.nextInt(10) == 0 ? " Contact" + who + "@Example.com " : "contact" + who + "@example.com";
                out.write("SO-" + (1_000_000 + i) + "," + email + "," + base.plusSeconds(random.nextInt(31_536_000))
                        + "," + statuses[random.nextInt(4)] + "," + (random.nextInt(100_000) / 100.0) + "\n");
            }
        }
        return StoreBenchmark.forcedToDisk(csv);
    }
}
