package org.waymark.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * An open Waymark store: an embedded H2 file database in one folder, migrated to the current schema,
 * locked against a second Waymark. Close it to release the folder.
 */
public final class Store implements AutoCloseable {

    public static final String DATABASE_NAME = "waymark";
    /** The embedded database's own account: the file is the user's, so it has no secret. */
    private static final String USER = "waymark";
    private static final String PASSWORD = "";

    private final Path directory;
    private final StoreLock lock;
    private final JdbcConnectionPool pool;
    private final String url;
    private final DSLContext dsl;
    private final String schemaVersion;
    private boolean shutDown;

    private Store(Path directory, StoreLock lock, JdbcConnectionPool pool, String url, String schemaVersion) {
        this.directory = directory;
        this.url = url;
        this.lock = lock;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Opens (creating if needed) the store in {@code directory} and brings its schema up to date. */
    public static Store open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store folder " + directory + ": " + e.getMessage(), e);
        }
        StoreLock lock = StoreLock.acquire(directory);
        JdbcConnectionPool pool = null;
        try {
            String url = "jdbc:h2:file:" + directory.resolve(DATABASE_NAME).toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_RECONNECT=FALSE;MAX_COMPACT_TIME=0;CACHE_SIZE="
                    + cacheKilobytes(Runtime.getRuntime().maxMemory())
                    + ";MAX_MEMORY_ROWS=" + memoryRows(Runtime.getRuntime().maxMemory());
            pool = JdbcConnectionPool.create(url, USER, PASSWORD);
            pool.setMaxConnections(8);
            pool.getConnection().close();
            Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .loggers("slf4j").load();
            flyway.migrate();
            String version = flyway.info().current().getVersion().getVersion();
            return new Store(directory, lock, pool, url, version);
        } catch (SQLException e) {
            cleanUp(pool, lock);
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreInUseException(directory);
            }
            throw new StoreException("Cannot open the store in " + directory + ": " + e.getMessage(), e);
        } catch (FlywayException e) {
            cleanUp(pool, lock);
            throw new StoreException("Cannot bring the store in " + directory + " up to date: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            cleanUp(pool, lock);
            throw e;
        }
    }

    /**
     * H2's page cache: an eighth of the heap, between H2's default 16 MB and 1 GB. The default keeps a store of a
     * million contacts mostly on disk, which makes every segment count a disk read (see docs/benchmarks.md).
     */
    static long cacheKilobytes(long maxHeapBytes) {
        long eighth = maxHeapBytes / 8 / 1024;
        return Math.max(16 * 1024, Math.min(1024 * 1024, eighth));
    }

    /**
     * How many rows of a result H2 keeps in memory before it moves the rest to a temporary file: one per 2 KB of
     * heap, between 40,000 and 4,000,000 (H2's own default is 40,000 per GB). A segment count reads the ids of a
     * broad rule — half a million at 1M contacts — as one result, which on the default went through the disk
     * (decision 0012); the app's other large reads are paged.
     */
    static long memoryRows(long maxHeapBytes) {
        return Math.max(40_000, Math.min(4_000_000, maxHeapBytes / 2048));
    }

    private static void cleanUp(JdbcConnectionPool pool, StoreLock lock) {
        if (pool != null) {
            pool.dispose();
        }
        lock.close();
    }

    public Path directory() {
        return directory;
    }

    /** The applied migration version, e.g. "1". */
    public String schemaVersion() {
        return schemaVersion;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Rewrites the database file without free space and shuts the database down; worth it after large deletes or
     * loads. Only {@link #close()} may follow.
     */
    public void compact() {
        shutdown("SHUTDOWN COMPACT");
        shutDown = true;
    }

    /**
     * Shuts the database down, and releases the pool and the folder. H2 never compacts as it closes (decision 0013);
     * when the file is mostly free space instead — over 64 MB and under half full, as after a large import or
     * deletion — the close rewrites it without the free space, which takes a few seconds.
     */
    @Override
    public void close() {
        try {
            if (!shutDown) {
                shutdown(isMostlyFreeSpace() ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            }
        } catch (RuntimeException ignored) {
            // H2 closed the database already; the pool and the lock are released below all the same
        }
        pool.dispose();
        lock.close();
    }

    private boolean isMostlyFreeSpace() {
        Map<String, String> info = dsl.select(DSL.field("SETTING_NAME", String.class),
                DSL.field("SETTING_VALUE", String.class)).from("INFORMATION_SCHEMA.SETTINGS")
                .where(DSL.field("SETTING_NAME").in("info.FILE_SIZE", "info.FILL_RATE", "info.CHUNKS_FILL_RATE"))
                .fetchMap(r -> r.value1(), r -> r.value2());
        try {
            // the share of the file in chunks, times the share of the chunks' pages still in use
            return isMostlyFreeSpace(Long.parseLong(info.get("info.FILE_SIZE")),
                    Integer.parseInt(info.get("info.FILL_RATE")) * Integer.parseInt(info.get("info.CHUNKS_FILL_RATE"))
                            / 100);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a database file of {@code fileBytes}, {@code fillRate} per cent of it in use, is worth compacting. */
    static boolean isMostlyFreeSpace(long fileBytes, int fillRate) {
        return fileBytes > 64L * 1024 * 1024 && fillRate < 50;
    }

    /**
     * Runs H2's {@code SHUTDOWN} (or a variant) on a connection of its own, outside the pool, through plain JDBC:
     * jOOQ (reading the update count and warnings) and the pool (rolling back as it takes a connection back) both
     * touched the connection H2 had just closed, which wrote a stack trace into the store folder's
     * {@code waymark.trace.db} at every close.
     */
    private void shutdown(String command) {
        try (Connection connection = new org.h2.Driver().connect(url, credentials());
                Statement statement = connection.createStatement()) {
            statement.execute(command);
        } catch (SQLException e) {
            if (e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                    && e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_IS_CLOSED) {
                throw new StoreException("Cannot shut the store in " + directory + " down: " + e.getMessage(), e);
            }
            // H2 reports the connection it has just closed; the shutdown is done
        }
    }

    private static java.util.Properties credentials() {
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", PASSWORD);
        return credentials;
    }
}
