package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.TileType;
import org.waymark.ui.SampleJourneys;

/** Which place a drop uses, and what the canvas says where none takes the tile. */
class DropTargetingTest {

    private final InsertionRules rules = new InsertionRules();
    private final Journey journey = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final PipelineDrawing drawing = new PipelineLayout().layout(journey.pipeline());

    private DropTargeting forNew(TileType type) {
        return DropTargeting.forNewTile(drawing, rules, journey, type);
    }

    private DropTargeting forMove(String id) {
        return DropTargeting.forMove(drawing, rules, journey, id);
    }

    private InsertionAnchor anchor(SequenceRef ref, int index) {
        return drawing.anchor(InsertionPoint.of(ref, index)).orElseThrow();
    }

    @Test
    void onlyTheValidPlacesAreShown() {
        assertThat(forNew(TileType.EMAIL).valid()).extracting(InsertionAnchor::point)
                .containsExactlyElementsOf(rules.points(journey, TileType.EMAIL));
        assertThat(forNew(TileType.SEGMENT).valid()).extracting(a -> a.point().sequence())
                .containsOnly(SequenceRef.segments("audience"));
    }

    @Test
    void aValidPlaceNearThePointerCatchesTheDrop() {
        InsertionAnchor gap = anchor(SequenceRef.pipeline(), 1);
        Point near = new Point(gap.center().x() + 15, gap.center().y() + 30);
        assertThat(forNew(TileType.EMAIL).at(near)).isEqualTo(DropHover.at(gap));
    }

    @Test
    void whereNoValidPlaceIsNearTheNearestPlaceSaysWhyNot() {
        InsertionAnchor gap = anchor(SequenceRef.pipeline(), 2);
        assertThat(forNew(TileType.SEGMENT).at(gap.center()))
                .isEqualTo(DropHover.refused("A segment can only go inside a segment group"));
        InsertionAnchor insideOffer = anchor(SequenceRef.content("offer"), 1);
        assertThat(forNew(TileType.EMAIL).at(insideOffer.center()))
                .isEqualTo(DropHover.refused("Only pages, forms and events can go inside an email"));
        InsertionAnchor afterTrigger = anchor(SequenceRef.pipeline(), 3);
        assertThat(forNew(TileType.EMAIL).at(afterTrigger.center()))
                .isEqualTo(DropHover.at(anchor(SequenceRef.lane("clicked-download", "true"), 0)));
        Point farBelow = new Point(afterTrigger.center().x(), drawing.height() + 400);
        assertThat(forNew(TileType.SEGMENT).at(farBelow).target()).isEmpty();
    }

    @Test
    void aMovedTileAimsAtItsOwnPlaceWithoutAComplaint() {
        InsertionAnchor ownPlace = anchor(SequenceRef.lane("clicked-download", "true"), 1);
        assertThat(forMove("lead").at(ownPlace.center())).isEqualTo(DropHover.NOTHING);
        InsertionAnchor falseStart = anchor(SequenceRef.lane("clicked-download", "false"), 0);
        assertThat(forMove("lead").at(falseStart.center())).isEqualTo(DropHover.at(falseStart));
        InsertionAnchor insideItself = anchor(SequenceRef.content("offer"), 1);
        assertThat(forMove("offer").at(insideItself.center())).isEqualTo(DropHover.NOTHING);
        assertThat(forMove("clicked-reminder").at(anchor(SequenceRef.lane("clicked-download", "true"), 0).center()))
                .isEqualTo(DropHover.refused("A trigger can only move to the end of a path: nothing may follow it"));
    }
}
