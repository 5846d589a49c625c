package org.waymark.store.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.waymark.store.Store;

/**
 * The store a large benchmark measures: a scratch store in a temp folder, deleted afterwards, or a kept one (a
 * benchmark's {@code --keep DIR}) that is loaded once and reused by later runs with the same data description, so
 * a slow load (10M interactions) is paid once while the reads are measured again and again. A kept store is marked
 * loaded only after its load finished (an interrupted load starts again from an empty folder), and is closed with a
 * compaction: a file left with the load's dead chunks failed to reopen once with H2 2.3.232's "Double mark" error
 * (h2database issue 2752).
 */
final class BenchStore implements AutoCloseable {

    private static final String MARK = "bench-loaded.properties";

    private final Path dir;
    private final boolean kept;
    private final String description;
    private final Store store;
    private final Properties loaded;
    private boolean freshlyLoaded;

    private BenchStore(Path dir, boolean kept, String description) throws IOException {
        this.dir = dir;
        this.kept = kept;
        this.description = description;
        this.loaded = kept ? readMark(dir, description) : null;
        if (kept && loaded == null) {
            if (Files.exists(dir)) {
                StoreBenchmark.deleteTree(dir);
            }
            Files.createDirectories(dir);
        }
        this.store = Store.open(dir);
    }

    /**
     * A scratch store under {@code work} named after {@code prefix}, or, when {@code keep} is not null, the store kept
     * in {@code keep} for data described by {@code description} (its size and seed, say). A kept folder holding
     * another description's data is refused rather than overwritten.
     */
    static BenchStore open(Path work, Path keep, String prefix, String description) throws IOException {
        if (keep == null) {
            return new BenchStore(Files.createTempDirectory(work, prefix), false, description);
        }
        if (Files.isDirectory(keep) && Files.list(keep).findAny().isPresent() && !Files.exists(keep.resolve(MARK))
                && Files.exists(keep.resolve(Store.DATABASE_NAME + ".mv.db"))) {
            throw new IllegalArgumentException(keep + " holds a store that no benchmark loaded; choose an empty folder");
        }
        return new BenchStore(keep, true, description);
    }

    Store store() {
        return store;
    }

    /** Whether the data is already there (a kept store loaded by an earlier run). */
    boolean isLoaded() {
        return loaded != null;
    }

    /** A figure the earlier load recorded, such as its seconds or the rows it wrote. */
    double recorded(String key) {
        return Double.parseDouble(loaded.getProperty(key, "0"));
    }

    /** Marks a kept store loaded, with figures later runs read back through {@link #recorded}. */
    void markLoaded(Properties figures) {
        if (!kept) {
            return;
        }
        Properties mark = new Properties();
        mark.putAll(figures);
        mark.setProperty("description", description);
        freshlyLoaded = true;
        try (Writer out = Files.newBufferedWriter(dir.resolve(MARK))) {
            mark.store(out, "Loaded by a Waymark benchmark; delete this folder to load again");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties readMark(Path dir, String description) throws IOException {
        Path mark = dir.resolve(MARK);
        if (!Files.exists(mark)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(mark)) {
            properties.load(in);
        }
        if (!description.equals(properties.getProperty("description"))) {
            throw new IllegalArgumentException(dir + " holds data loaded for \"" + properties.getProperty("description")
                    + "\", not \"" + description + "\"; choose another folder or delete it");
        }
        return properties;
    }

    @Override
    public void close() throws IOException {
        if (freshlyLoaded) {
            store.compact();
        }
        store.close();
        if (!kept) {
            StoreBenchmark.deleteTree(dir);
        }
    }
}
