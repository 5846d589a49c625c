package org.waymark.store.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.waymark.model.activity.ActivityMappingException;
import org.waymark.model.activity.ActivityMappingReader;
import org.waymark.store.Store;
import org.waymark.store.activity.ActivityRepository;
import org.waymark.store.activity.ActivityUnifier;
import org.waymark.store.source.DataSourceImporter;
import org.waymark.store.source.ImportProgress;
import org.waymark.store.source.SourceImport;

/**
 * The demo workspace's activities from other systems: imports the sample data sources shipped in
 * {@code assets/data/} (orders, order lines, support calls, reviews, loyalty — rows of the demo contacts), saves the
 * sample mapping and runs it, so a demo contact's timeline shows orders and calls beside emails from the first start.
 */
public final class DemoActivities {

    static final List<String> FILES = List.of("orders", "order-lines", "support-calls", "reviews", "loyalty");
    private static final String FOLDER = "/assets/data/";

    private final Clock clock;

    public DemoActivities(Clock clock) {
        this.clock = clock;
    }

    public void install(Store store) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("waymark-demo-data");
            DataSourceImporter importer = new DataSourceImporter(store, clock);
            for (String name : FILES) {
                Path file = scratch.resolve(name + ".csv");
                Files.write(file, resource(name + ".csv"));
                importer.importFile(SourceImport.of(name.replace('-', '_'), file), ImportProgress.NONE);
            }
            ActivityRepository activities = new ActivityRepository(store, clock);
            activities.saveAll(new ActivityMappingReader().read(
                    new String(resource("sample-activities.json"), StandardCharsets.UTF_8)));
            new ActivityUnifier(store, activities).runAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the demo's data sources", e);
        } catch (ActivityMappingException e) {
            throw new IllegalStateException("The shipped sample-activities.json is broken: " + e.getMessage(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoActivities.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("the sample " + FOLDER + name + " is missing from the class path");
            }
            return in.readAllBytes();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a scratch folder in the temp directory; the system clears it
        }
    }
}
