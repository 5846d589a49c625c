package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem.Severity;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.Tile;
import org.waymark.ui.SampleJourneys;

class JourneyCanvasViewModelTest {

    private final JourneyCanvasViewModel model =
            new JourneyCanvasViewModel(new PipelineLayout(), new TileSummary(), new JourneyRules());
    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);

    /** A new user zoomed out on a long journey, then made a new one: it opened unreadably small (issue 15). */
    @Test
    void eachJourneyOpensAtActualSizeWhateverTheLastWasLeftAt() {
        javafx.beans.property.SimpleObjectProperty<org.waymark.ui.edit.EditSession> sessions =
                new javafx.beans.property.SimpleObjectProperty<>(new org.waymark.ui.edit.EditSession(whitePaper));
        model.follow(sessions);
        model.zoomOut();
        model.zoomOut();
        assertThat(model.zoomProperty().get()).isLessThan(1.0);
        sessions.set(new org.waymark.ui.edit.EditSession(whitePaper));
        assertThat(model.zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void describesEachTileForScreenReaders() {
        model.show(whitePaper);
        PlacedTile trigger = model.drawingProperty().get().tile("clicked-download").orElseThrow();
        assertThat(model.accessibleText(trigger)).isEqualTo("Trigger 'Clicked the download link?', step 3 of 11; "
                + "true path: Create lead 'Lead for the playbook'; false path: Email 'Second chance'");
        assertThat(model.accessibleHelp(trigger)).isEqualTo("clicked a specific link · timeout 7 days. "
                + "Keys: Enter edits its settings, Alt+arrows move it, F2 renames it, Shift+F10 opens the menu");
    }

    @Test
    void renamesTheTileInTheNamesOfItsNeighboursWhenTheJourneyChanges() {
        model.show(whitePaper);
        List<Tile> pipeline = new java.util.ArrayList<>(whitePaper.pipeline());
        EmailTile offer = (EmailTile) pipeline.get(1);
        pipeline.set(1, new EmailTile("offer", "Offer again", offer.email(), offer.content()));
        model.show(whitePaper.withPipeline(pipeline));
        PlacedTile audience = model.drawingProperty().get().tile("audience").orElseThrow();
        assertThat(model.accessibleText(audience)).endsWith("next: Email 'Offer again'");
        model.clear();
        assertThat(model.accessibleText(audience)).isEqualTo("Segment group 'New York subscribers'");
    }

    @Test
    void showsTheJourneysNameAndKeyFacts() {
        model.show(whitePaper);
        assertThat(model.headingProperty().get()).isEqualTo("New York white paper nurture");
        assertThat(model.detailsProperty().get())
                .isEqualTo("Draft · Avery Morgan · 1 Dec 2026 – 1 Mar 2027 (America/New_York) · 14 tiles · no problems found");
        model.clear();
        assertThat(model.headingProperty().get()).isEmpty();
        assertThat(model.drawingProperty().get().tiles()).isEmpty();
    }

    @Test
    void marksTilesWithProblems() {
        List<Tile> pipeline = new java.util.ArrayList<>(whitePaper.pipeline());
        pipeline.set(1, new EmailTile("offer", "Offer", "", List.of()));
        model.show(whitePaper.withPipeline(pipeline));
        PlacedTile offer = model.drawingProperty().get().tile("offer").orElseThrow();
        assertThat(model.problemsProperty().get().severity(offer.path())).contains(Severity.WARNING);
        assertThat(model.accessibleHelp(offer)).isEqualTo("No email chosen. Warning: choose the marketing email this "
                + "tile sends. Keys: Enter edits its settings, Alt+arrows move it, F2 renames it, Shift+F10 opens the menu");
        assertThat(model.accessibleText(offer)).isEqualTo("Email 'Offer', step 2 of 11, has 1 warning; "
                + "next: Trigger 'Clicked the download link?'");
        assertThat(model.problemsProperty().get().severity("$.pipeline[0]")).isEmpty();
        assertThat(model.detailsProperty().get()).endsWith("1 warning");
    }

    @Test
    void keepsTheSelectionWhileTheTileIsThere() {
        model.show(whitePaper);
        model.select("pause");
        model.show(whitePaper);
        assertThat(model.selectedTileIdProperty().get()).isEqualTo("pause");
        model.show(SampleJourneys.read(SampleJourneys.WELCOME));
        assertThat(model.selectedTileIdProperty().get()).isNull();
    }

    @Test
    void zoomStaysWithinLimits() {
        for (int i = 0; i < 10; i++) {
            model.zoomIn();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(JourneyCanvasViewModel.MAX_ZOOM);
        for (int i = 0; i < 20; i++) {
            model.zoomOut();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(JourneyCanvasViewModel.MIN_ZOOM);
        model.resetZoom();
        assertThat(model.zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void theCanvasGrowsWithTheUiScaleAndFitsWithItInMind() {
        model.show(whitePaper);
        model.uiScaleProperty().set(2.0);
        model.zoomOut();
        assertThat(model.viewScaleProperty().get()).isEqualTo(2.0 / 1.25);

        PipelineDrawing drawing = model.drawingProperty().get();
        model.zoomToFit(drawing.width(), drawing.height());
        assertThat(model.zoomProperty().get()).isEqualTo(0.5);
        assertThat(model.viewScaleProperty().get()).isEqualTo(1.0);
        model.zoomToFit(drawing.width() * 10, drawing.height() * 10);
        assertThat(model.zoomProperty().get()).isEqualTo(1.0);
        assertThat(model.viewScaleProperty().get()).isEqualTo(2.0);
    }

    @Test
    void fitUsesBothDirectionsButNeverZoomsBelowReadableText() {
        model.show(whitePaper);
        PipelineDrawing drawing = model.drawingProperty().get();

        assertThat(model.zoomToFit(drawing.width() * 0.9, drawing.height() * 3)).as("fits in both directions").isTrue();
        assertThat(model.zoomProperty().get()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));

        boolean fits = model.zoomToFit(drawing.width() / 4, drawing.height() * 3); // a long journey, a tall canvas
        assertThat(fits).as("too long to fit readably: it scrolls").isFalse();
        assertThat(model.zoomProperty().get()).isEqualTo(model.readableZoom());
        assertThat(11 * model.viewScaleProperty().get()).as("smallest card text, px").isGreaterThanOrEqualTo(9 - 1e-9);

        model.uiScaleProperty().set(2.0);
        model.zoomToFit(drawing.width() / 4, drawing.height() * 3);
        assertThat(11 * model.viewScaleProperty().get()).as("at 200 %: the same text size on screen")
                .isCloseTo(9, org.assertj.core.data.Offset.offset(1e-9));
    }
}
