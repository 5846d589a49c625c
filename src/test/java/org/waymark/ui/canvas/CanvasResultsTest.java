package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyRules;
import org.waymark.ui.SampleJourneys;

/** Simulation counts on the canvas view model: one line per tile, said to screen readers, gone with a change. */
class CanvasResultsTest {

    private final JourneyCanvasViewModel model =
            new JourneyCanvasViewModel(new PipelineLayout(), new TileSummary(), new JourneyRules());
    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);

    @Test
    void eachTileHasItsLineAndItsHelpSaysIt() {
        model.show(whitePaper);
        model.showResults(Map.of("offer", "980 sent · 412 opened · 96 clicked"));
        PlacedTile offer = model.drawingProperty().get().tile("offer").orElseThrow();
        PlacedTile audience = model.drawingProperty().get().tile("audience").orElseThrow();
        assertThat(model.resultLine(offer)).isEqualTo("980 sent · 412 opened · 96 clicked");
        assertThat(model.resultLine(audience)).isEmpty();
        assertThat(model.accessibleHelp(offer)).startsWith("White paper offer. Simulated: 980 sent, 412 opened, "
                + "96 clicked. Keys:");
        assertThat(model.accessibleHelp(audience)).doesNotContain("Simulated");
    }

    @Test
    void theCountsGoWhenTheJourneyChangesOrCloses() {
        model.show(whitePaper);
        model.showResults(Map.of("offer", "980 sent"));
        model.show(whitePaper);
        assertThat(model.resultsProperty().get()).as("the same journey again keeps them").hasSize(1);
        model.show(whitePaper.withSettings(whitePaper.settings().withName("Renamed")));
        assertThat(model.resultsProperty().get()).isEmpty();
        model.showResults(Map.of("offer", "980 sent"));
        model.clear();
        assertThat(model.resultsProperty().get()).isEmpty();
    }
}
