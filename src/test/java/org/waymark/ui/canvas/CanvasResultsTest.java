package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        model.showResults(Map.of("offer", List.of(badge("980 sent", "980 contacts were sent it"),
                badge("412 opened", "412 contacts opened it"), badge("96 clicked", "96 contacts clicked a link in it"))));
        PlacedTile offer = model.drawingProperty().get().tile("offer").orElseThrow();
        PlacedTile audience = model.drawingProperty().get().tile("audience").orElseThrow();
        assertThat(model.resultLine(offer)).isEqualTo("980 sent · 412 opened · 96 clicked");
        assertThat(model.resultLine(audience)).isEmpty();
        assertThat(model.accessibleHelp(offer)).startsWith("White paper offer. Simulated: 980 contacts were sent it; "
                + "412 contacts opened it; 96 contacts clicked a link in it. Keys:");
        assertThat(model.accessibleHelp(audience)).doesNotContain("Simulated");
    }

    @Test
    void cardsWithCountsGrowToHoldTheirBadges() {
        model.show(whitePaper);
        double before = model.drawingProperty().get().tile("pause").orElseThrow().box().height();
        double lead = model.drawingProperty().get().tile("lead").orElseThrow().box().height();
        model.showResults(Map.of("pause", List.of(badge("1,204 entered", "x"), badge("37 waiting", "y"),
                badge("1,167 passed", "z"))));
        double after = model.drawingProperty().get().tile("pause").orElseThrow().box().height();
        assertThat(after).as("a band of badges under the header").isGreaterThanOrEqualTo(before + 22);
        assertThat(model.drawingProperty().get().tile("lead").orElseThrow().box().height())
                .as("a card without counts keeps its height").isEqualTo(lead);
    }

    private static TileBadge badge(String text, String explanation) {
        return new TileBadge(text, TileBadge.Tone.FLOW, explanation);
    }

    @Test
    void theCountsGoWhenTheJourneyChangesOrCloses() {
        model.show(whitePaper);
        model.showResults(Map.of("offer", List.of(badge("980 sent", "980 contacts were sent it"))));
        model.show(whitePaper);
        assertThat(model.resultsProperty().get()).as("the same journey again keeps them").hasSize(1);
        model.show(whitePaper.withSettings(whitePaper.settings().withName("Renamed")));
        assertThat(model.resultsProperty().get()).isEmpty();
        model.showResults(Map.of("offer", List.of(badge("980 sent", "980 contacts were sent it"))));
        model.clear();
        assertThat(model.resultsProperty().get()).isEmpty();
    }
}
