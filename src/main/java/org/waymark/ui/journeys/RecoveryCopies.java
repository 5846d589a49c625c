package org.waymark.ui.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Optional;
import org.waymark.model.file.JourneyFileException;
import org.waymark.model.file.JourneyFileFormat;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;

/**
 * The recovery copies of journeys with unsaved changes: {@code <store>/recovery/journey-<id>.waymark.json},
 * ordinary journey files written atomically, stamped with the time they were written. A copy still there when
 * its journey is opened means Waymark stopped before the changes were saved or given up.
 */
public final class RecoveryCopies {

    static final String FOLDER = "recovery";

    private final Path folder;
    private final JourneyFileReader reader;
    private final JourneyFileWriter writer;
    private final Clock clock;

    public RecoveryCopies(Path storeDirectory, JourneyFileReader reader, JourneyFileWriter writer, Clock clock) {
        this.folder = storeDirectory.resolve(FOLDER);
        this.reader = reader;
        this.writer = writer;
        this.clock = clock;
    }

    public Path path(long journeyId) {
        return folder.resolve("journey-" + journeyId + JourneyFileFormat.EXTENSION);
    }

    public void write(long journeyId, Journey journey) throws IOException {
        Files.createDirectories(folder);
        Path file = path(journeyId);
        writer.write(journey, file);
        Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
    }

    /** The copy of this journey, if there is one. */
    public Optional<RecoveryCopy> find(long journeyId) throws IOException, JourneyFileException {
        Path file = path(journeyId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new RecoveryCopy(reader.read(file), Files.getLastModifiedTime(file).toInstant()));
    }

    /** Deletes the copy of this journey; a copy that cannot be deleted is left for the next attempt. */
    public void delete(long journeyId) {
        try {
            Files.deleteIfExists(path(journeyId));
        } catch (IOException e) {
            // it is offered again when the journey opens, and replaced by the next copy
        }
    }
}
