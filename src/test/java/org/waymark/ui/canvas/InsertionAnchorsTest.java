package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.model.EveryTileJourney;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.journey.Journey;
import org.waymark.ui.SampleJourneys;

/** The layout's anchors: one for every place a tile can be inserted, where a user would look for it. */
class InsertionAnchorsTest {

    private final PipelineLayout layout = new PipelineLayout();
    private final InsertionRules rules = new InsertionRules();
    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final PipelineDrawing drawing = layout.layout(whitePaper.pipeline());

    static Stream<Journey> journeys() {
        return Stream.of(SampleJourneys.read(SampleJourneys.WHITE_PAPER), SampleJourneys.read(SampleJourneys.WELCOME),
                SampleJourneys.read(SampleJourneys.SUMMIT), EveryTileJourney.journey(),
                EveryTileJourney.journey().withPipeline(List.of()));
    }

    @ParameterizedTest
    @MethodSource("journeys")
    void everyInsertionPointHasOneAnchorInReadingOrderInsideTheDrawing(Journey journey) {
        PipelineDrawing laidOut = layout.layout(journey.pipeline());
        assertThat(laidOut.anchors()).extracting(InsertionAnchor::point).containsExactlyElementsOf(rules.allPoints(journey));
        Box whole = new Box(0, 0, laidOut.width(), laidOut.height());
        assertThat(laidOut.anchors()).allSatisfy(a -> assertThat(whole.contains(a.box())).as("%s", a).isTrue());
    }

    @ParameterizedTest
    @MethodSource("journeys")
    void noTwoAnchorsShareAPlace(Journey journey) {
        List<InsertionAnchor> anchors = layout.layout(journey.pipeline()).anchors();
        Set<Point> centers = new HashSet<>();
        anchors.forEach(a -> assertThat(centers.add(a.center())).as("%s", a).isTrue());
        for (int i = 0; i < anchors.size(); i++) {
            for (int j = i + 1; j < anchors.size(); j++) {
                assertThat(anchors.get(i).box().overlaps(anchors.get(j).box()))
                        .as("%s and %s", anchors.get(i), anchors.get(j)).isFalse();
            }
        }
    }

    @Test
    void anchorsOfAPathRunLeftToRightInTheGapsAndThoseOfAContainerTopToBottomInsideIt() {
        Map<SequenceRef, List<InsertionAnchor>> bySequence = drawing.anchors().stream()
                .collect(Collectors.groupingBy(a -> a.point().sequence()));
        for (List<InsertionAnchor> own : bySequence.values()) {
            for (int i = 1; i < own.size(); i++) {
                InsertionAnchor before = own.get(i - 1);
                InsertionAnchor after = own.get(i);
                if (after.lying()) {
                    assertThat(after.center().y()).isGreaterThan(before.center().y());
                    assertThat(after.center().x()).isEqualTo(before.center().x());
                } else {
                    assertThat(after.center().x()).isGreaterThan(before.center().x());
                    assertThat(after.center().y()).isEqualTo(before.center().y());
                }
            }
        }
        Box audience = box("audience");
        Box offer = box("offer");
        InsertionAnchor betweenThem = anchor(SequenceRef.pipeline(), 1);
        assertThat(betweenThem.lying()).isFalse();
        assertThat(betweenThem.box().x()).isGreaterThan(audience.right());
        assertThat(betweenThem.box().right()).isLessThan(offer.x());
        assertThat(anchor(SequenceRef.pipeline(), 0).box().right()).isLessThan(audience.x());
    }

    @Test
    void laneStartsAndContainerInsidesAreTheirOwnPlaces() {
        Box trigger = box("clicked-download");
        InsertionAnchor afterTrigger = anchor(SequenceRef.pipeline(), 3);
        InsertionAnchor trueStart = anchor(SequenceRef.lane("clicked-download", "true"), 0);
        InsertionAnchor falseStart = anchor(SequenceRef.lane("clicked-download", "false"), 0);
        assertThat(afterTrigger.box().x()).isGreaterThan(trigger.right());
        assertThat(trueStart.box().x()).isGreaterThan(afterTrigger.box().right());
        assertThat(trueStart.box().right()).isLessThan(box("lead").x());
        assertThat(falseStart.center().x()).isEqualTo(trueStart.center().x());
        assertThat(falseStart.center().y()).isEqualTo(box("reminder").centerY() - (box("reminder").height()
                - PipelineLayout.TILE_HEIGHT) / 2);

        InsertionAnchor emptyLane = anchor(SequenceRef.lane("clicked-reminder", "false"), 0);
        EndMarker end = drawing.ends().get(0);
        assertThat(emptyLane.box().right()).isLessThan(end.box().x());
        assertThat(emptyLane.center().y()).isEqualTo(end.box().centerY());

        Box offer = box("offer");
        InsertionAnchor contentStart = anchor(SequenceRef.content("offer"), 0);
        InsertionAnchor contentEnd = anchor(SequenceRef.content("offer"), 1);
        assertThat(contentStart.lying()).isTrue();
        assertThat(offer.contains(contentStart.box())).isTrue();
        assertThat(offer.contains(contentEnd.box())).isTrue();
        assertThat(contentStart.box().bottom()).isLessThanOrEqualTo(box("download-page").y());
        assertThat(contentEnd.box().y()).isGreaterThanOrEqualTo(box("download-page").bottom());
        assertThat(box("audience").contains(anchor(SequenceRef.segments("audience"), 1).box())).isTrue();
    }

    @Test
    void anEmptyContainerHasItsPlaceInsideItsCard() {
        Journey blank = SampleJourneys.read(SampleJourneys.WELCOME).withPipeline(List.of(
                new org.waymark.model.tile.SegmentGroupTile("g", "", org.waymark.model.tile.SegmentCombination.UNION,
                        List.of())));
        PipelineDrawing laidOut = layout.layout(blank.pipeline());
        Box group = laidOut.tile("g").orElseThrow().box();
        InsertionAnchor inside = laidOut.anchor(InsertionPoint.of(SequenceRef.segments("g"), 0)).orElseThrow();
        assertThat(group.contains(inside.box())).isTrue();
        assertThat(inside.lying()).isTrue();
        assertThat(laidOut.anchors()).hasSize(3);
    }

    private InsertionAnchor anchor(SequenceRef ref, int index) {
        return drawing.anchor(InsertionPoint.of(ref, index)).orElseThrow(() -> new AssertionError(ref + " " + index));
    }

    private Box box(String id) {
        return drawing.tile(id).orElseThrow().box();
    }
}
