package org.waymark.model.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.waymark.model.journey.Journey;

/** Writes journeys as {@code *.waymark.json}: pretty-printed, stable field order, current format version. */
public final class JourneyFileWriter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final SettingsWriter settings = new SettingsWriter();
    private final TileWriter tiles = new TileWriter();

    public String toJson(Journey journey) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", JourneyFileFormat.VERSION);
        root.set("settings", settings.write(journey.settings()));
        root.set("pipeline", tiles.sequence(journey.pipeline()));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journey tree always serializes", e);
        }
    }

    /** Writes to a temporary file beside {@code file}, then moves it in place: a failed write leaves no half file. */
    public void write(Journey journey, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".waymark-", ".tmp");
        try {
            Files.writeString(temp, toJson(journey), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
