package org.waymark.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.waymark.ui.canvas.TileBadge;
import org.waymark.engine.TileReport;
import org.waymark.ui.SampleJourneys;

class TileResultTextTest {

    private final TileResultText text = new TileResultText();

    private static Map<String, Long> counts(Object... keysAndCounts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            map.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        return map;
    }

    private static TileReport tile(String type, long entered, long waiting, Map<String, Long> branches,
                                   Map<String, Long> messages) {
        return new TileReport("t", "Tile", type, entered, waiting, entered - waiting, branches, messages);
    }

    @Test
    void aTileThatHoldsContactsSaysWhoEnteredWaitsAndPassed() {
        assertThat(text.of(tile("scheduler", 1_204, 37, Map.of(), counts("removed", 0))))
                .isEqualTo("1,204 entered · 37 waiting · 1,167 passed");
    }

    @Test
    void messagesSayWhatTheirContactsDid() {
        Map<String, Long> email = counts("sent", 980, "delivered", 951, "bounced", 29, "opened", 412, "clicked", 96,
                "attachmentViewed", 0, "replied", 3, "unsubscribed", 4, "removed", 0);
        assertThat(text.of(tile("email", 1_000, 0, Map.of(), email))).isEqualTo("980 sent · 412 opened · 96 clicked");
        assertThat(text.of(tile("sms", 500, 0, Map.of(), counts("sent", 480, "delivered", 470, "clicked", 30))))
                .isEqualTo("480 sent · 470 delivered · 30 clicked");
        assertThat(text.of(tile("pushNotification", 500, 0, Map.of(),
                counts("sent", 300, "delivered", 290, "opened", 80)))).isEqualTo("300 sent · 290 delivered · 80 opened");
    }

    @Test
    void triggersAndSplittersCountTheirPaths() {
        assertThat(text.of(tile("trigger", 1_204, 37, counts("true", 812, "false", 355), counts("removed", 0))))
                .isEqualTo("812 true · 355 false · 37 waiting");
        assertThat(text.of(tile("trigger", 10, 0, counts("true", 4, "false", 6), Map.of())))
                .isEqualTo("4 true · 6 false");
        assertThat(text.of(tile("splitter", 1_200, 0, counts("A", 602, "B", 598), Map.of())))
                .isEqualTo("A: 602 · B: 598");
    }

    @Test
    void theStartSaysWhoWasKeptOut() {
        assertThat(text.of(tile("segmentGroup", 1_204, 0, Map.of(), counts("targeted", 1_300, "excluded", 40,
                "belowConsent", 30, "outOfScope", 0, "suppressed", 26)))).isEqualTo("1,204 entered · 96 kept out");
        assertThat(text.of(tile("segmentGroup", 5, 0, Map.of(), counts("targeted", 5, "excluded", 0))))
                .isEqualTo("5 entered");
        assertThat(text.of(tile("segment", 0, 0, Map.of(), counts("excluded", 12)))).isEqualTo("12 excluded");
    }

    @Test
    void contentAndActionsSayWhatHappened() {
        assertThat(text.of(tile("marketingForm", 0, 0, Map.of(), counts("visited", 300, "submitted", 41))))
                .isEqualTo("300 visited · 41 submitted");
        assertThat(text.of(tile("event", 0, 0, Map.of(), counts("registered", 20, "attended", 9))))
                .isEqualTo("20 registered · 9 attended");
        assertThat(text.of(tile("createLead", 96, 0, Map.of(), counts("created", 96, "removed", 0))))
                .isEqualTo("96 entered · 96 leads created");
        assertThat(text.of(tile("activity", 1, 0, Map.of(), counts("created", 1))))
                .isEqualTo("1 entered · 1 activity created");
        assertThat(text.of(tile("launchWorkflow", 3, 0, Map.of(), counts("created", 2))))
                .isEqualTo("3 entered · 2 workflow runs created");
    }

    @Test
    void contactsWhoLeftTheJourneyAreAdded() {
        assertThat(text.of(tile("email", 100, 0, Map.of(), counts("sent", 90, "opened", 40, "clicked", 8,
                "removed", 3)))).isEqualTo("90 sent · 40 opened · 8 clicked · 3 left the journey");
        assertThat(TileResultText.spoken("90 sent · 40 opened")).isEqualTo("90 sent, 40 opened");
    }

    @Test
    void linesComeByTileId() {
        SimulationJob job = new SimulationJob(SampleJourneys.read(SampleJourneys.WHITE_PAPER), OptionalLong.empty(),
                new SimulationSettings(null, 1, 30, false, 100, false), Instant.EPOCH);
        SimulationRun run = new SimulationRun(job, List.of(
                new TileReport("audience", "A", "segmentGroup", 5, 0, 5, Map.of(), Map.of()),
                new TileReport("pause", "P", "scheduler", 5, 2, 3, Map.of(), Map.of())),
                100, 5, 0, 0, 0, 0, Optional.empty(), false);
        assertThat(text.lines(run)).extractingFromEntries(Map.Entry::getKey, e -> TileBadge.line(e.getValue()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("audience", "5 entered"),
                        org.assertj.core.groups.Tuple.tuple("pause", "5 entered · 2 waiting · 3 passed"));
    }

    @Test
    void eachBadgeSaysWhatItCountsAndKeptOutNamesItsReasons() {
        List<TileBadge> start = text.badges(tile("segmentGroup", 1_204, 0, Map.of(), counts("targeted", 1_300,
                "excluded", 40, "belowConsent", 30, "outOfScope", 0, "suppressed", 26)));
        assertThat(start).extracting(TileBadge::tone).containsExactly(TileBadge.Tone.FLOW, TileBadge.Tone.KEPT_OUT);
        assertThat(start.get(1).explanation()).isEqualTo("96 contacts targeted were kept out of the journey: 40 in a "
                + "segment the journey excludes, 30 below the journey's minimum consent, 26 in the suppression segment");
        List<TileBadge> trigger = text.badges(tile("trigger", 1_204, 37, counts("true", 812, "false", 355), Map.of()));
        assertThat(trigger).extracting(TileBadge::tone)
                .containsExactly(TileBadge.Tone.TRUE, TileBadge.Tone.FALSE, TileBadge.Tone.WAITING);
        assertThat(trigger.get(0).explanation()).isEqualTo("812 contacts met the trigger's rule and took the true path");
        assertThat(trigger.get(2).explanation())
                .isEqualTo("37 contacts were still waiting here when the simulated period ended");
        List<TileBadge> email = text.badges(tile("email", 1, 0, Map.of(), counts("sent", 1, "opened", 1)));
        assertThat(email).extracting(TileBadge::explanation).containsExactly("1 contact was sent it", "1 contact opened it");
    }
}
