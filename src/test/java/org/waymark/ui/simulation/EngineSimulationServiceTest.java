package org.waymark.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.waymark.engine.Population;
import org.waymark.engine.SimulationProgress;
import org.waymark.engine.SimulationResult;
import org.waymark.engine.behaviour.BehaviourModelException;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.Journey;
import org.waymark.ui.SampleJourneys;

/** The service over the engine, with a store of 200 New York subscribers held in memory. */
class EngineSimulationServiceTest {

    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final List<String> saved = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();

    private final SimulationStore store = new SimulationStore() {
        @Override
        public Population population(Instant asOf) {
            Population.Builder builder = Population.builder().businessUnit(1, InteractionBatch.NONE);
            for (long id = 1; id <= 200; id++) {
                builder.contact(id, InteractionBatch.NONE, 1, 5, "New York", "United States", "Buyer")
                        .member("Newsletter subscribers in New York", id);
            }
            return builder.segmentKind("Do not contact", "STATIC").build();
        }

        @Override
        public long businessUnitId(String name) {
            return 1;
        }

        @Override
        public Optional<String> save(SimulationJob job, SimulationResult result, BooleanSupplier cancelled) {
            if (cancelled.getAsBoolean()) {
                return Optional.empty();
            }
            saved.add(job.journey().name() + ": " + result.interactions().size());
            return Optional.of("run-1");
        }
    };

    private final AssetCatalog noAssets = new AssetCatalog() {
        @Override
        public List<String> names(AssetKind kind) {
            return List.of();
        }

        @Override
        public List<String> emailLinks(String emailName) {
            return List.of();
        }

        @Override
        public void createEmail(String name, String subject) {
            throw new UnsupportedOperationException();
        }
    };

    private final EngineSimulationService service = new EngineSimulationService(store, noAssets, 2);

    private SimulationJob job(SimulationSettings settings) {
        return new SimulationJob(whitePaper, OptionalLong.of(5), settings, Instant.parse("2026-12-01T14:00:00Z"));
    }

    private SimulationProgress listening(boolean cancel) {
        return new SimulationProgress() {
            @Override
            public synchronized void progress(double fraction, String what) {
                heard.add(what);
            }

            @Override
            public boolean cancelled() {
                return cancel;
            }
        };
    }

    @Test
    void simulatesTheStoresContactsAndSavesTheInteractionsWhenAsked() {
        SimulationRun run = service.run(job(new SimulationSettings(null, 3, 30, true, 10, true)), listening(false));

        assertThat(run.cancelled()).isFalse();
        assertThat(run.population()).isEqualTo(200);
        assertThat(run.contactsEntered()).isEqualTo(200);
        assertThat(run.tiles()).extracting(t -> t.tileId()).startsWith("audience", "ny-subscribers", "offer");
        assertThat(run.runId()).contains("run-1");
        assertThat(saved).containsExactly("New York white paper nurture: " + run.interactions());
        assertThat(heard).startsWith("Reading the behaviour model…", "Reading the store's contacts…");
        assertThat(heard.get(heard.size() - 1)).startsWith("Saving ").endsWith(" interactions…");
    }

    @Test
    void theSameSettingsGiveTheSameCounts() {
        SimulationSettings settings = new SimulationSettings(null, 3, 30, true, 10, false);
        SimulationRun first = service.run(job(settings), SimulationProgress.NONE);
        SimulationRun second = service.run(job(settings), SimulationProgress.NONE);
        assertThat(second.tiles()).isEqualTo(first.tiles());
        assertThat(first.runId()).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void syntheticContactsComeFromTheSeedAndAreNeverSaved() {
        SimulationRun run = service.run(job(new SimulationSettings(null, 3, 30, false, 300, true)),
                SimulationProgress.NONE);
        assertThat(run.population()).isEqualTo(300);
        assertThat(run.runId()).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void aCancelledRunSavesNothing() {
        SimulationRun run = service.run(job(new SimulationSettings(null, 3, 30, true, 10, true)), listening(true));
        assertThat(run.cancelled()).isTrue();
        assertThat(saved).isEmpty();
    }

    @Test
    void aModelThatCannotBeReadFailsWithItsMessage() {
        Path missing = Path.of("no-such-model.json");
        assertThatThrownBy(() -> service.run(job(new SimulationSettings(missing, 3, 30, true, 10, false)),
                SimulationProgress.NONE)).isInstanceOf(BehaviourModelException.class)
                .hasMessage("no-such-model.json: $: no such file");
    }
}
