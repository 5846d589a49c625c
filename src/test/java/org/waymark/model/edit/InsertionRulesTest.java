package org.waymark.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.EveryTileJourney;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.TileType;

class InsertionRulesTest {

    private final InsertionRules rules = new InsertionRules();
    private final Journey journey = EveryTileJourney.journey();
    private final Journey empty = journey.withPipeline(List.of());

    private String refusal(Journey j, TileType type, SequenceRef ref, int index) {
        return rules.refusal(j, type, InsertionPoint.of(ref, index)).orElse("allowed");
    }

    @Test
    void theFirstTileMustBeAStart() {
        assertThat(refusal(empty, TileType.SEGMENT_GROUP, SequenceRef.pipeline(), 0)).isEqualTo("allowed");
        assertThat(refusal(empty, TileType.FORM_SUBMITTED, SequenceRef.pipeline(), 0)).isEqualTo("allowed");
        assertThat(refusal(empty, TileType.EMAIL, SequenceRef.pipeline(), 0))
                .isEqualTo("The first tile must be a segment group or an inbound start (form submitted, record updated), not an email");
        assertThat(refusal(journey, TileType.RECORD_UPDATED, SequenceRef.pipeline(), 0))
                .isEqualTo("The journey already starts with 'Audience'; a journey has one start");
        assertThat(refusal(journey, TileType.SEGMENT_GROUP, SequenceRef.pipeline(), 1))
                .isEqualTo("Segment group starts a journey: it can only be the first tile");
    }

    @Test
    void segmentsAndContentOnlyInTheirContainers() {
        assertThat(refusal(journey, TileType.SEGMENT, SequenceRef.pipeline(), 1))
                .isEqualTo("A segment can only go inside a segment group");
        assertThat(refusal(journey, TileType.SEGMENT, SequenceRef.segments("g"), 2)).isEqualTo("allowed");
        assertThat(refusal(journey, TileType.EMAIL, SequenceRef.segments("g"), 0))
                .isEqualTo("Only segment tiles can go inside a segment group");
        assertThat(refusal(journey, TileType.EVENT, SequenceRef.lane("t", "true"), 0))
                .isEqualTo("Pages, forms and events can only go inside an email");
        assertThat(refusal(journey, TileType.EVENT, SequenceRef.content("e"), 3)).isEqualTo("allowed");
        assertThat(refusal(journey, TileType.SMS, SequenceRef.content("e"), 0))
                .isEqualTo("Only pages, forms and events can go inside an email");
    }

    @Test
    void nothingFollowsABranchingTile() {
        assertThat(refusal(journey, TileType.EMAIL, SequenceRef.pipeline(), 3))
                .isEqualTo("Nothing can follow the trigger 'Clicked?': put the tile on one of its paths");
        assertThat(refusal(journey, TileType.EMAIL, SequenceRef.pipeline(), 2)).isEqualTo("allowed");
        assertThat(refusal(journey, TileType.EMAIL, SequenceRef.lane("t", "true"), 2)).isEqualTo("allowed");
        assertThat(refusal(journey, TileType.EMAIL, SequenceRef.lane("nowhere", "true"), 0))
                .isEqualTo("The tile that held this place is gone");
    }

    @Test
    void validPointsAreListedInReadingOrder() {
        List<InsertionPoint> points = rules.points(journey, TileType.SEGMENT);
        assertThat(points).extracting(InsertionPoint::index).containsExactly(0, 1, 2);
        assertThat(points).allMatch(p -> p.sequence().equals(SequenceRef.segments("g")));
        List<InsertionPoint> emails = rules.points(journey, TileType.EMAIL);
        assertThat(emails.get(0)).isEqualTo(InsertionPoint.of(SequenceRef.pipeline(), 1));
        assertThat(emails).doesNotContain(InsertionPoint.of(SequenceRef.pipeline(), 0),
                InsertionPoint.of(SequenceRef.pipeline(), 3));
        assertThat(rules.points(empty, TileType.EMAIL)).isEmpty();
    }

    @Test
    void movesKeepTheStartFirstAndStayOutOfTheirOwnPaths() {
        assertThat(rules.refusalToMove(journey, "g", InsertionPoint.of(SequenceRef.pipeline(), 2)))
                .contains("'Audience' starts the journey and must stay first");
        assertThat(rules.refusalToMove(journey, "t", InsertionPoint.of(SequenceRef.lane("t", "true"), 0)))
                .contains("A tile cannot move onto its own paths or into itself");
        assertThat(rules.refusalToMove(journey, "pc", InsertionPoint.of(SequenceRef.lane("v", "b1"), 0)))
                .contains("A tile cannot move onto its own paths or into itself");
        assertThat(rules.refusalToMove(journey, "sms", InsertionPoint.of(SequenceRef.lane("t", "false"), 0))).isEmpty();
        assertThat(rules.refusalToMove(journey, "e", InsertionPoint.of(SequenceRef.pipeline(), 3)))
                .contains("Nothing can follow the trigger 'Clicked?': put the tile on one of its paths");
        assertThat(rules.movePoints(journey, "p")).allMatch(p -> p.sequence().kind() == SequenceRef.Kind.CONTENT);
    }

    @Test
    void aBranchingTileOnlyMovesToTheEndOfAPath() {
        InsertionPoint head = InsertionPoint.of(SequenceRef.lane("t", "true"), 0);
        InsertionPoint end = InsertionPoint.of(SequenceRef.lane("t", "true"), 2);
        assertThat(rules.refusalToMove(journey, "v", head))
                .contains("A splitter can only move to the end of a path: nothing may follow it");
        assertThat(rules.refusalToMove(journey, "v", end)).isEmpty();
        assertThat(rules.movePoints(journey, "v")).contains(end).doesNotContain(head);
    }
}
