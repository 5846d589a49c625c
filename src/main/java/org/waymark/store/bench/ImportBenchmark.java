package org.waymark.store.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.jooq.impl.DSL;
import org.waymark.model.source.ColumnType;
import org.waymark.model.source.DataSource;
import org.waymark.model.source.SourceColumn;
import org.waymark.store.Store;
import org.waymark.store.source.DataSourceImporter;
import org.waymark.store.source.ImportProgress;
import org.waymark.store.source.SourceImport;
import org.waymark.store.source.SourceTables;

/**
 * Imports a generated CSV file of {@code rows} orders with the data source importer (types given, as a wizard passes
 * them after its preview) and with H2's own {@code INSERT INTO ... SELECT ... FROM CSVREAD(...)} into an identical
 * fresh table, on the same scratch store in the same run, and reports rows per second and the ratio.
 */
public final class ImportBenchmark {

    /**
     * The two figures: rows per second of each (wall clock), the importer's speed relative to CSVREAD, and the same
     * per second of the process's CPU time (every thread: H2's background writer, JIT, GC), which a loaded machine
     * changes less than the wall clock.
     */
    public record Result(long rows, double importerRowsPerSecond, double csvReadRowsPerSecond, double csvBytes,
            double importerRowsPerCpuSecond, double csvReadRowsPerCpuSecond) {
        public double ratio() {
            return importerRowsPerSecond / csvReadRowsPerSecond;
        }

        public double cpuRatio() {
            return importerRowsPerCpuSecond / csvReadRowsPerCpuSecond;
        }
    }

    static final long WARM_UP_ROWS = 50_000;

    private final Clock clock;

    public ImportBenchmark(Clock clock) {
        this.clock = clock;
    }

    public Result run(Path workFolder, long rows) throws IOException {
        Path dir = Files.createTempDirectory(workFolder, "waymark-bench-import-");
        try {
            Path warmUp = generate(dir.resolve("orders-warm-up.csv"), Math.min(rows, WARM_UP_ROWS));
            Path csv = generate(dir.resolve("orders-bench.csv"), rows);
            try (Store store = Store.open(dir.resolve("store"))) {
                round(store, warmUp, "warm_up"); // both sides once untimed, so neither pays for the JIT alone
                return round(store, csv, "orders");
            }
        } finally {
            StoreBenchmark.deleteTree(dir);
        }
    }

    private Result round(Store store, Path csv, String name) throws IOException {
        List<ColumnType> types = List.of(ColumnType.TEXT, ColumnType.TEXT, ColumnType.TIMESTAMP, ColumnType.TEXT,
                ColumnType.DECIMAL, ColumnType.TEXT, ColumnType.INTEGER);
        store.dsl().execute("CHECKPOINT"); // earlier pages are written before a clock starts
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        DataSource source = new DataSourceImporter(store, clock).importFile(
                SourceImport.of("bench_" + name, csv).withTypes(types), ImportProgress.NONE);
        double importer = source.rowCount() / ((System.nanoTime() - start) / 1e9);
        double importerCpu = source.rowCount() / ((processCpuNanos() - cpuStart) / 1e9);
        String csvReadTable = "bench_csvread_" + name;
        createCsvReadTable(store, csvReadTable, source);
        store.dsl().execute("CHECKPOINT");
        start = System.nanoTime();
        cpuStart = processCpuNanos();
        int csvRows = store.dsl().execute("INSERT INTO {0} SELECT ROWNUM() + 1, * FROM CSVREAD({1}, NULL, "
                + "'charset=UTF-8 fieldSeparator=,')", SourceTables.table(csvReadTable),
                DSL.inline(csv.toAbsolutePath().toString()));
        double csvRead = csvRows / ((System.nanoTime() - start) / 1e9);
        double csvReadCpu = csvRows / ((processCpuNanos() - cpuStart) / 1e9);
        if (csvRows != source.rowCount() || !sameTables(store, source.tableName(), csvReadTable)) {
            throw new IllegalStateException("The importer and CSVREAD wrote different rows or types; the comparison "
                    + "would be unfair");
        }
        return new Result(source.rowCount(), importer, csvRead, Files.size(csv), importerCpu, csvReadCpu);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void createCsvReadTable(Store store, String table, DataSource source) {
        var create = store.dsl().createTable(SourceTables.table(table))
                .column(SourceTables.rowField().getQualifiedName(), org.jooq.impl.SQLDataType.BIGINT.notNull());
        for (SourceColumn c : source.columns()) {
            create = create.column(DSL.quotedName(c.name()), switch (c.type()) {
                case INTEGER -> org.jooq.impl.SQLDataType.BIGINT;
                case DECIMAL -> org.jooq.impl.SQLDataType.DECIMAL(SourceTables.DECIMAL_PRECISION,
                        SourceTables.DECIMAL_SCALE);
                case TIMESTAMP -> org.jooq.impl.SQLDataType.LOCALDATETIME;
                default -> org.jooq.impl.SQLDataType.VARCHAR;
            });
        }
        create.execute();
    }

    /** Whether both tables have the same column types and the same rows (checked after the clocks stop). */
    private static boolean sameTables(Store store, String a, String b) {
        String columns = "SELECT COLUMN_NAME, DATA_TYPE, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, "
                + "IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = {0} ORDER BY ORDINAL_POSITION";
        var dsl = store.dsl();
        if (!java.util.Arrays.deepEquals(dsl.fetch(columns, DSL.val(a)).intoArrays(),
                dsl.fetch(columns, DSL.val(b)).intoArrays())) {
            return false;
        }
        return dsl.fetchCount(DSL.select().from(SourceTables.table(a)).except(DSL.select().from(SourceTables.table(b))))
                == 0 && dsl.fetchCount(DSL.select().from(SourceTables.table(b))
                        .except(DSL.select().from(SourceTables.table(a)))) == 0;
    }

    /** Writes the file and forces it to disk, so its dirty pages are not written while a clock runs. */
    private static Path generate(Path csv, long rows) throws IOException {
        Random random = new Random(7);
        LocalDateTime base = LocalDateTime.of(2026, 1, 1, 0, 0);
        String[] statuses = {"Placed", "Shipped", "Delivered", "Returned"};
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("order_id,customer_email,ordered_at,status,total,currency,quantity\n");
            for (long i = 0; i < rows; i++) {
                out.write("SO-" + (100_000 + i) + ",contact" + random.nextInt(2400) + "@example.com,"
                        + base.plusSeconds(random.nextInt(31_536_000)) + "," + statuses[random.nextInt(4)] + ","
                        + (random.nextInt(100_000) / 100.0) + "," + (random.nextBoolean() ? "EUR" : "USD") + ","
                        + (1 + random.nextInt(9)) + "\n");
            }
        }
        return StoreBenchmark.forcedToDisk(csv);
    }
}
