package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.tile.Tile;
import org.waymark.ui.SampleJourneys;

class PipelineLayoutTest {

    private final PipelineLayout layout = new PipelineLayout();
    private final PipelineDrawing whitePaper = layout.layout(SampleJourneys.read(SampleJourneys.WHITE_PAPER).pipeline());

    static Stream<String> samples() {
        return Stream.of(SampleJourneys.WHITE_PAPER, SampleJourneys.WELCOME, SampleJourneys.SUMMIT);
    }

    @Test
    void everyTileIsPlacedOnceWithItsStepInReadingOrder() {
        List<Tile> pipeline = SampleJourneys.read(SampleJourneys.WHITE_PAPER).pipeline();
        assertThat(whitePaper.tiles()).extracting(p -> p.tile().id())
                .containsExactlyElementsOf(PipelineWalker.places(pipeline).stream().map(p -> p.tile().id()).toList());
        assertThat(whitePaper.tiles()).extracting(PlacedTile::step)
                .containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(whitePaper.stepCount()).toList());
        assertThat(whitePaper.tile("clicked-download").orElseThrow().path()).isEqualTo("$.pipeline[2]");
    }

    @Test
    void aSequenceRunsLeftToRightOnOneRow() {
        Box audience = box("audience");
        Box offer = box("offer");
        Box trigger = box("clicked-download");
        assertThat(offer.x()).isGreaterThan(audience.right());
        assertThat(trigger.x()).isGreaterThan(offer.right());
        assertThat(List.of(audience.y(), offer.y(), trigger.y())).containsOnly(audience.y());
        assertThat(box("pause").x()).isGreaterThan(box("lead").right());
    }

    @Test
    void theTrueLaneContinuesTheTriggersRowAndTheFalseLaneIsStackedBelowIt() {
        Box trigger = box("clicked-download");
        Box firstTrue = box("lead");
        Box firstFalse = box("reminder");
        assertThat(firstTrue.y()).isEqualTo(trigger.y());
        assertThat(firstTrue.x()).isGreaterThan(trigger.right()).isEqualTo(firstFalse.x());
        double trueLaneBottom = Stream.of("lead", "pause", "webinar-invite", "webinar", "call")
                .mapToDouble(id -> box(id).bottom()).max().orElseThrow();
        assertThat(firstFalse.y()).isGreaterThan(trueLaneBottom);
    }

    @Test
    void lanesAreLabelledAtTheirHead() {
        assertThat(whitePaper.laneLabels()).extracting(LaneLabel::text).containsExactly("True", "False", "True", "False");
        LaneLabel falseLabel = whitePaper.laneLabels().get(1);
        Box firstFalse = box("reminder");
        assertThat(falseLabel.box().x()).isEqualTo(firstFalse.x());
        assertThat(falseLabel.box().bottom()).isLessThanOrEqualTo(firstFalse.y());
    }

    @Test
    void anEmptyLaneEndsInAMarker() {
        assertThat(whitePaper.ends()).hasSize(1);
        Box end = whitePaper.ends().get(0).box();
        Box innerTrigger = box("clicked-reminder");
        assertThat(end.x()).isGreaterThan(innerTrigger.right());
        assertThat(end.y()).isGreaterThan(box("late-lead").bottom());
    }

    @Test
    void nestedTilesSitInsideTheirGrownContainer() {
        assertThat(box("audience").contains(box("ny-subscribers"))).isTrue();
        assertThat(box("offer").contains(box("download-page"))).isTrue();
        assertThat(box("webinar-invite").contains(box("webinar"))).isTrue();
        assertThat(box("offer").height()).isGreaterThan(PipelineLayout.TILE_HEIGHT);
        assertThat(box("reminder").height()).isEqualTo(PipelineLayout.TILE_HEIGHT);
        assertThat(box("download-page").y()).isGreaterThanOrEqualTo(box("offer").y() + PipelineLayout.TILE_HEIGHT);
    }

    @Test
    void connectorsJoinConsecutiveTilesAndEveryLane() {
        Box offer = box("offer");
        Box trigger = box("clicked-download");
        assertThat(whitePaper.connectors()).anySatisfy(c -> {
            assertThat(c.start().x()).isEqualTo(offer.right());
            assertThat(c.end().x()).isEqualTo(trigger.x());
        });
        Box reminder = box("reminder");
        assertThat(whitePaper.connectors()).anySatisfy(c -> {
            assertThat(c.start()).isEqualTo(new Point(trigger.right(), trigger.y() + PipelineLayout.TILE_HEIGHT / 2));
            assertThat(c.end()).isEqualTo(new Point(reminder.x(), reminder.y() + PipelineLayout.TILE_HEIGHT / 2));
            assertThat(c.points()).hasSize(4);
        });
        // 4 + 1 in the true lane, 1 in the false lane, 1 in the inner true lane, 4 lane connectors
        assertThat(whitePaper.connectors()).hasSize(2 + 3 + 1 + 1 + 4);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void nothingOverlapsAndEverythingFitsTheDrawing(String sample) {
        PipelineDrawing drawing = layout.layout(SampleJourneys.read(sample).pipeline());
        List<Box> shapes = Stream.concat(Stream.concat(
                        drawing.tiles().stream().filter(t -> !t.nested()).map(PlacedTile::box),
                        drawing.laneLabels().stream().map(LaneLabel::box)),
                drawing.ends().stream().map(EndMarker::box)).toList();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                assertThat(shapes.get(i).overlaps(shapes.get(j))).as("%s overlaps %s", shapes.get(i), shapes.get(j))
                        .isFalse();
            }
        }
        Box whole = new Box(0, 0, drawing.width(), drawing.height());
        assertThat(shapes).allSatisfy(b -> assertThat(whole.contains(b)).isTrue());
        List<Box> nested = drawing.tiles().stream().filter(PlacedTile::nested).map(PlacedTile::box).toList();
        for (int i = 0; i < nested.size(); i++) {
            for (int j = i + 1; j < nested.size(); j++) {
                assertThat(nested.get(i).overlaps(nested.get(j))).isFalse();
            }
        }
    }

    @Test
    void splitterLanesCarryTheirShare() {
        PipelineDrawing welcome = layout.layout(SampleJourneys.read(SampleJourneys.WELCOME).pipeline());
        assertThat(welcome.laneLabels()).extracting(LaneLabel::text)
                .allSatisfy(text -> assertThat(text).matches(".+ \\(\\d+ %\\)"));
    }

    @Test
    void anEmptyPipelineIsAnEmptyDrawing() {
        PipelineDrawing empty = layout.layout(List.of());
        assertThat(empty.tiles()).isEmpty();
        assertThat(empty.connectors()).isEmpty();
    }

    private Box box(String id) {
        return whitePaper.tile(id).orElseThrow(() -> new AssertionError("no tile " + id)).box();
    }
}
