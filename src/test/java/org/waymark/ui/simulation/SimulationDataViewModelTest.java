package org.waymark.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.waymark.engine.TileReport;
import org.waymark.model.journey.Journey;
import org.waymark.ui.SampleJourneys;
import org.waymark.ui.simulation.SimulationDataViewModel.FunnelBar;
import org.waymark.ui.simulation.SimulationDataViewModel.Row;

class SimulationDataViewModelTest {

    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final SimulationDataViewModel model = new SimulationDataViewModel();

    private static Map<String, Long> email(long sent, long delivered, long opened, long clicked) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("sent", sent);
        counts.put("delivered", delivered);
        counts.put("bounced", sent - delivered);
        counts.put("opened", opened);
        counts.put("clicked", clicked);
        return counts;
    }

    /** The white paper journey: 1,000 entered; the offer (main path) and the reminder (false path) are emails. */
    private SimulationRun run(Optional<String> runId, SimulationSettings settings) {
        SimulationJob job = new SimulationJob(whitePaper, OptionalLong.of(3), settings,
                Instant.parse("2026-12-01T14:00:00Z"));
        List<TileReport> tiles = List.of(
                new TileReport("audience", "New York subscribers", "segmentGroup", 1_000, 0, 1_000, Map.of(), Map.of()),
                new TileReport("offer", "Offer the white paper", "email", 1_000, 0, 1_000, Map.of(),
                        email(980, 950, 412, 96)),
                new TileReport("clicked-download", "Clicked the download link?", "trigger", 1_000, 0, 1_000,
                        Map.of("true", 96L, "false", 904L), Map.of()),
                new TileReport("reminder", "Second chance", "email", 904, 0, 904, Map.of(), email(900, 880, 300, 40)));
        return new SimulationRun(job, tiles, 2_400, 1_000, 4_500, 136, 96, 0, runId, false);
    }

    @Test
    void isEmptyUntilARunFinishes() {
        SimpleObjectProperty<SimulationRun> runs = new SimpleObjectProperty<>();
        model.follow(runs);
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.totals()).isEmpty();
        assertThat(model.funnel()).isEmpty();

        runs.set(run(Optional.empty(), new SimulationSettings(null, 42, 30, true, 10_000, false)));
        assertThat(model.emptyProperty().get()).isFalse();
        runs.set(null);
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.totals()).isEmpty();
        assertThat(model.settings()).isEmpty();
        assertThat(model.funnelCaptionProperty().get()).isEmpty();
    }

    @Test
    void totalsAddUpEveryMessage() {
        model.show(run(Optional.empty(), new SimulationSettings(null, 42, 30, true, 10_000, false)));
        assertThat(model.totals()).containsExactly(
                new Row("Contacts entered", "1,000"),
                new Row("Messages sent", "1,880"),
                new Row("Messages delivered", "1,830"),
                new Row("Messages opened", "712"),
                new Row("Messages clicked", "136"),
                new Row("Leads created", "136"),
                new Row("Activities created", "96"),
                new Row("Interactions", "4,500"));
        assertThat(model.totals().get(0).spoken()).isEqualTo("Contacts entered: 1,000");
    }

    @Test
    void theFunnelFollowsTheFirstMessageOnTheMainPath() {
        model.show(run(Optional.empty(), new SimulationSettings(null, 42, 30, true, 10_000, false)));
        assertThat(model.funnel()).containsExactly(
                new FunnelBar("Entered", 1_000, 1.0),
                new FunnelBar("Sent", 980, 0.98),
                new FunnelBar("Delivered", 950, 0.95),
                new FunnelBar("Opened", 412, 0.412),
                new FunnelBar("Clicked", 96, 0.096));
        assertThat(model.funnel()).extracting(FunnelBar::text)
                .containsExactly("1,000 · 100 %", "980 · 98 %", "950 · 95 %", "412 · 41.2 %", "96 · 9.6 %");
        assertThat(model.funnel().get(3).spoken()).isEqualTo("Opened: 412 contacts, 41.2 % of those who entered");
        assertThat(model.funnelCaptionProperty().get()).isEqualTo("Contacts who entered, then email 'Offer the white "
                + "paper', the first message on the main path.");
    }

    @Test
    void theSettingsSayHowTheRunWasMade() {
        model.show(run(Optional.of("run-20261201-090000"),
                new SimulationSettings(Path.of("/models/cautious.json"), 42, 30, true, 10_000, true)));
        assertThat(model.settings()).containsExactly(
                new Row("Seed", "42"),
                new Row("Period", "30 days from 1 Dec 2026"),
                new Row("Model", "cautious.json"),
                new Row("Contacts", "2,400 of the store"),
                new Row("Saved as", "run-20261201-090000"));

        model.show(run(Optional.empty(), new SimulationSettings(null, 1, 1, false, 2_400, false)));
        assertThat(model.settings()).contains(new Row("Period", "1 day from 1 Dec 2026"), new Row("Model", "Default"),
                new Row("Contacts", "2,400 synthetic"), new Row("Saved as", "Not saved"));
    }

    @Test
    void nobodyEnteringGivesEmptyBars() {
        SimulationRun run = run(Optional.empty(), new SimulationSettings(null, 1, 30, true, 10_000, false));
        model.show(new SimulationRun(run.job(), List.of(new TileReport("offer", "Offer the white paper", "email", 0,
                0, 0, Map.of(), email(0, 0, 0, 0))), 0, 0, 0, 0, 0, 0, Optional.empty(), false));
        assertThat(model.funnel()).extracting(FunnelBar::share).containsOnly(0.0);
        assertThat(model.funnel().get(0).text()).isEqualTo("0 · 0 %");
    }
}
