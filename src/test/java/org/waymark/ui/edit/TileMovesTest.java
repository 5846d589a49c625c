package org.waymark.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.journey.Journey;
import org.waymark.ui.SampleJourneys;

class TileMovesTest {

    private final InsertionRules rules = new InsertionRules();
    private final TileMoves moves = new TileMoves(rules);
    private final Journey journey = SampleJourneys.read(SampleJourneys.WHITE_PAPER);

    @Test
    void aTriggerOnlyMovesToTheEndOfAPath() {
        InsertionPoint trueHead = InsertionPoint.of(SequenceRef.lane("clicked-download", "true"), 0);
        InsertionPoint trueEnd = InsertionPoint.of(SequenceRef.lane("clicked-download", "true"), 4);
        assertThat(rules.movePoints(journey, "clicked-reminder")).contains(trueHead, trueEnd);
        assertThat(moves.points(journey, "clicked-reminder")).contains(trueEnd).doesNotContain(trueHead);
        assertThat(moves.refusal(journey, "clicked-reminder", trueHead))
                .contains("A trigger can only move to the end of a path: nothing may follow it");
    }

    @Test
    void otherTilesMoveWhereTheRulesAllow() {
        assertThat(moves.points(journey, "lead")).isEqualTo(rules.movePoints(journey, "lead"));
        assertThat(moves.refusal(journey, "lead", InsertionPoint.of(SequenceRef.pipeline(), 0)))
                .isEqualTo(rules.refusalToMove(journey, "lead", InsertionPoint.of(SequenceRef.pipeline(), 0)));
    }
}
