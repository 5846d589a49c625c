package org.waymark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.TileType;

class JourneyFileRoundTripTest {

    private final JourneyFileReader reader = new JourneyFileReader();
    private final JourneyFileWriter writer = new JourneyFileWriter();

    @Test
    void everyTileTypeSurvivesWriteAndRead() throws Exception {
        Set<TileType> seen = EnumSet.noneOf(TileType.class);
        for (Journey journey : allJourneys()) {
            String json = writer.toJson(journey);
            Journey back = reader.readString(json);
            assertThat(back).isEqualTo(journey);
            assertThat(writer.toJson(back)).isEqualTo(json);
            PipelineWalker.places(journey.pipeline()).stream().map(TilePlace::tile).forEach(t -> seen.add(t.type()));
        }
        assertThat(seen).containsExactlyInAnyOrder(TileType.values());
    }

    @Test
    void theEveryTileJourneyBreaksNoRule() {
        assertThat(new JourneyRules().check(EveryTileJourney.journey())).isEmpty();
    }

    @Test
    void writingToAFileReplacesItWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("every.waymark.json");
        Files.writeString(file, "old content that is longer than nothing");
        writer.write(EveryTileJourney.journey(), file);
        assertThat(reader.read(file)).isEqualTo(EveryTileJourney.journey());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    static List<String> samples() {
        return List.of("new-york-white-paper", "welcome-series", "customer-summit");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleJourneysReadCleanlyAndRewriteIdentically(String name) throws Exception {
        String resource = "/assets/journeys/" + name + ".waymark.json";
        String text;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Journey journey = reader.readString(text);
        assertThat(new JourneyRules().check(journey)).isEmpty();
        assertThat(writer.toJson(journey)).isEqualTo(text);
    }

    private static List<Journey> allJourneys() {
        return Stream.concat(Stream.of(EveryTileJourney.journey()), EveryTileJourney.inboundJourneys().stream()).toList();
    }
}
