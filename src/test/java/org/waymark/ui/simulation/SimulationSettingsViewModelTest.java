package org.waymark.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.engine.behaviour.BehaviourModel;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;
import org.waymark.ui.SampleJourneys;

class SimulationSettingsViewModelTest {

    @TempDir
    Path dir;
    private final List<Path> read = new ArrayList<>();

    private SimulationSettingsViewModel model(SimulationSettings initial) {
        return new SimulationSettingsViewModel(initial, file -> {
            read.add(file);
            return SimulationSettingsViewModel.readModel(file);
        });
    }

    @Test
    void proposesTheRememberedSeedTheJourneysPeriodAndTheStoresContacts() {
        Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
        SimulationSettingsViewModel model = model(SimulationSettings.defaults(7, whitePaper));

        assertThat(model.defaultModelProperty().get()).isTrue();
        assertThat(model.seedProperty().get()).isEqualTo("7");
        // 1 Dec 2026 09:00 to 1 Mar 2027 18:00: 90 days and 9 hours, rounded up
        assertThat(model.daysProperty().get()).isEqualTo("91");
        assertThat(model.storeContactsProperty().get()).isTrue();
        assertThat(model.persistProperty().get()).isFalse();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.settings()).isEqualTo(new SimulationSettings(null, 7, 91, true, 10_000, false));
    }

    @Test
    void aJourneyWithoutAScheduleIsSimulatedForThirtyDays() {
        Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
        var settings = whitePaper.settings();
        Journey unscheduled = whitePaper.withSettings(new JourneySettings(settings.name(), settings.description(),
                settings.owner(), settings.businessUnit(), settings.target(), settings.minimumConsent(),
                settings.scope(), null, settings.contentSettings(), settings.recurrence(),
                settings.suppressionSegment(), settings.status(), settings.milestones()));
        assertThat(SimulationSettings.daysOf(unscheduled)).isEqualTo(30);
    }

    @Test
    void checksTheSeedThePeriodAndTheContactsAsTheyAreTyped() {
        SimulationSettingsViewModel model = model(new SimulationSettings(null, 1, 30, true, 10_000, false));

        model.seedProperty().set("twelve");
        assertThat(model.seedErrorProperty().get()).startsWith("Enter a whole number for the seed");
        assertThat(model.validProperty().get()).isFalse();
        model.seedProperty().set("-42");
        assertThat(model.seedErrorProperty().get()).isEmpty();

        model.daysProperty().set("0");
        assertThat(model.daysErrorProperty().get()).isEqualTo("Enter a number of days from 1 to 3,650.");
        model.daysProperty().set("3651");
        assertThat(model.validProperty().get()).isFalse();
        model.daysProperty().set("14");
        assertThat(model.validProperty().get()).isTrue();

        model.syntheticContactsProperty().set("lots");
        assertThat(model.contactsErrorProperty().get()).as("ignored for the store's contacts").isEmpty();
        model.storeContactsProperty().set(false);
        assertThat(model.contactsErrorProperty().get()).isEqualTo("Enter a number of contacts from 1 to 5,000,000.");
        assertThat(model.validProperty().get()).isFalse();
        assertThatThrownBy(model::settings).isInstanceOf(IllegalStateException.class);
        model.syntheticContactsProperty().set("25,000");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.settings()).isEqualTo(new SimulationSettings(null, -42, 14, false, 25_000, false));
    }

    @Test
    void savingTheInteractionsIsOnlyForTheStoresContacts() {
        SimulationSettingsViewModel model = model(new SimulationSettings(null, 1, 30, true, 500, true));
        assertThat(model.settings().persist()).isTrue();
        model.storeContactsProperty().set(false);
        assertThat(model.settings().persist()).isFalse();
        assertThat(model.settings().syntheticContacts()).isEqualTo(500);
    }

    @Test
    void aBadModelFileShowsTheReadersMessage() throws IOException {
        SimulationSettingsViewModel model = model(new SimulationSettings(null, 1, 30, true, 10_000, false));
        model.defaultModelProperty().set(false);
        assertThat(model.modelErrorProperty().get()).isEqualTo(
                "Choose a behaviour model file, or use the default model.");
        assertThat(model.validProperty().get()).isFalse();

        Path missing = dir.resolve("missing.json");
        model.modelFileProperty().set(missing.toString());
        assertThat(model.modelErrorProperty().get()).isEqualTo(missing + ": $: no such file");

        Path bad = Files.writeString(dir.resolve("bad.json"), "{ not json");
        model.modelFileProperty().set(bad.toString());
        assertThat(model.modelErrorProperty().get()).startsWith(bad.toString() + ": ");
        assertThat(model.validProperty().get()).isFalse();

        Path good = dir.resolve("good.json");
        try (var in = BehaviourModel.class.getResourceAsStream(BehaviourModel.DEFAULT_RESOURCE)) {
            Files.write(good, in.readAllBytes());
        }
        model.modelFileProperty().set(good.toString());
        assertThat(model.modelErrorProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.settings().modelFile()).isEqualTo(good);
        assertThat(model.settings().modelName()).isEqualTo("good.json");

        int reads = read.size();
        model.seedProperty().set("2");
        assertThat(read).as("a file is read again only when its name changes").hasSize(reads);
        model.defaultModelProperty().set(true);
        assertThat(model.modelErrorProperty().get()).isEmpty();
        assertThat(model.settings().modelFile()).isNull();
        assertThat(model.settings().modelName()).isEqualTo("Default behaviour model");
    }

    @Test
    void startsFromTheSettingsOfTheLastRun() {
        Path file = dir.resolve("model.json");
        SimulationSettingsViewModel model = new SimulationSettingsViewModel(
                new SimulationSettings(file, 9, 10, false, 2_000, false), f -> Optional.empty());
        assertThat(model.defaultModelProperty().get()).isFalse();
        assertThat(model.modelFileProperty().get()).isEqualTo(file.toString());
        assertThat(model.storeContactsProperty().get()).isFalse();
        assertThat(model.syntheticContactsProperty().get()).isEqualTo("2,000");
        assertThat(model.settings()).isEqualTo(new SimulationSettings(file, 9, 10, false, 2_000, false));
    }
}
