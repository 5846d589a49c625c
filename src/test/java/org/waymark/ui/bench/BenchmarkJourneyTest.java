package org.waymark.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.TileLocation;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.TileType;

class BenchmarkJourneyTest {

    private final Journey journey = new BenchmarkJourney().create(BenchmarkJourney.DEFAULT_TILES);

    @Test
    void hasExactlyAThousandTilesAndNoRuleErrors() {
        assertThat(PipelineWalker.count(journey.pipeline())).isEqualTo(1_000);
        JourneyRules rules = new JourneyRules();
        List<JourneyProblem> problems = rules.check(journey);
        assertThat(rules.hasErrors(problems)).as(problems.toString()).isFalse();
    }

    @Test
    void mixesTheTileTypesAndNestsDeeply() {
        List<TilePlace> places = PipelineWalker.places(journey.pipeline());
        Set<TileType> used = EnumSet.noneOf(TileType.class);
        places.forEach(p -> used.add(p.tile().type()));
        assertThat(used).contains(TileType.SEGMENT_GROUP, TileType.SEGMENT, TileType.EMAIL, TileType.MARKETING_PAGE,
                TileType.EVENT, TileType.SCHEDULER, TileType.TRIGGER, TileType.SPLITTER, TileType.SMS,
                TileType.PUSH_NOTIFICATION, TileType.ACTIVITY);
        assertThat(places.stream().mapToInt(TilePlace::depth).max().orElse(0)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyTileStandsWhereTheInsertionRulesAllow() {
        InsertionRules rules = new InsertionRules();
        for (TilePlace place : PipelineWalker.places(journey.pipeline())) {
            if (place.tile().type().isStart()) {
                continue;
            }
            TileLocation where = PipelineTree.locate(journey, place.tile().id()).orElseThrow();
            Journey without = PipelineTree.remove(journey, place.tile().id());
            assertThat(rules.refusal(without, place.tile().type(), where.point())).as(place.path()).isEmpty();
        }
    }

    @Test
    void isTheSameEveryTimeAndHasAnAllowedDrag() {
        assertThat(new BenchmarkJourney().create(1_000)).isEqualTo(journey);
        DesignerBenchmark.Move move = DesignerBenchmark.Move.in(journey);
        assertThat(new InsertionRules().refusalToMove(journey, move.tileId(), move.to())).isEmpty();
        assertThat(PipelineWalker.count(new BenchmarkJourney().create(57).pipeline())).isEqualTo(57);
    }
}
