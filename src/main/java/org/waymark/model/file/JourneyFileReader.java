package org.waymark.model.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.waymark.model.journey.Journey;

/**
 * Reads {@code *.waymark.json} journey files. Anything wrong, from broken JSON to a negative timeout, is
 * refused with a {@link JourneyFileException} naming the JSON path of the problem.
 */
public final class JourneyFileReader {

    private final ObjectMapper mapper = new ObjectMapper();
    private final SettingsReader settings = new SettingsReader();
    private final TileReader tiles = new TileReader();

    public Journey read(Path file) throws IOException, JourneyFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public Journey read(InputStream in) throws IOException, JourneyFileException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new JourneyFileException("$", "not valid JSON" + where(e.getLocation()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode()) {
            throw new JourneyFileException("$", "the file is empty");
        }
        return read(root);
    }

    public Journey readString(String json) throws JourneyFileException {
        try {
            return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new JourneyFileException("$", e.getMessage());
        }
    }

    private Journey read(JsonNode root) throws JourneyFileException {
        JsonCursor at = new JsonCursor(root, "$").object();
        int version = at.field("formatVersion").integer();
        if (version < 1 || version > JourneyFileFormat.VERSION) {
            throw at.field("formatVersion").problem("version " + version + " is not supported (this Waymark reads "
                    + "versions 1 to " + JourneyFileFormat.VERSION + ")");
        }
        JsonCursor pipeline = at.field("pipeline");
        if (pipeline.isMissing()) {
            throw pipeline.problem("is required");
        }
        return new Journey(settings.read(at.field("settings")), tiles.sequence(pipeline));
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
