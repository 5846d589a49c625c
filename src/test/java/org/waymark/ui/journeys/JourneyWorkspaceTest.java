package org.waymark.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySummary;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.ui.SampleJourneys;

class JourneyWorkspaceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    private Store store;
    private JourneyRepository journeys;
    private final List<String> reported = new ArrayList<>();
    private JourneyListViewModel list;
    private JourneyWorkspace workspace;
    private JourneyTitle title;

    @BeforeEach
    void openStore() {
        store = Store.open(dir.resolve("store"));
        journeys = new JourneyRepository(store, CLOCK);
        ProblemReporter reporter = (heading, detail) -> reported.add(heading + ": " + detail);
        list = new JourneyListViewModel(journeys, reporter);
        RecoveryCopies copies = new RecoveryCopies(dir.resolve("store"), new JourneyFileReader(),
                new JourneyFileWriter(), CLOCK);
        workspace = new JourneyWorkspace(journeys, list, new BlankJourney(CLOCK, ZoneId.of("UTC")),
                new JourneyFileReader(), new JourneyFileWriter(), reporter,
                new RecoveryAutosave(copies, (delay, task) -> () -> { }),
                new RecoveryOffer(copies, (name, time) -> false, reporter, ZoneId.of("UTC")));
        title = new JourneyTitle(workspace, list);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void newStoresABlankJourneyAndSelectsAndOpensIt() {
        workspace.createNew();
        assertThat(list.summaries()).extracting(JourneySummary::name).containsExactly("New journey");
        long id = list.summaries().get(0).id();
        assertThat(list.selectedId()).hasValue(id);
        assertThat(workspace.openedId()).hasValue(id);
        assertThat(title.titleProperty().get()).isEqualTo("Waymark — New journey");
        assertThat(workspace.messageProperty().get()).isEqualTo("Created 'New journey'");
        assertThat(reported).isEmpty();
    }

    @Test
    void opensTheSelectedJourney() {
        long id = journeys.insert(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
        list.refresh();
        assertThat(title.titleProperty().get()).isEqualTo("Waymark");
        list.select(id);
        workspace.openSelected();
        assertThat(workspace.openedProperty().get().journey().name()).isEqualTo("New York white paper nurture");
        assertThat(workspace.open(id + 100)).isFalse();
        assertThat(workspace.openedId()).hasValue(id);
    }

    @Test
    void searchFiltersTheListAndSelectingAHiddenJourneyClearsTheSearch() {
        long whitePaper = journeys.insert(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
        journeys.insert(SampleJourneys.read(SampleJourneys.WELCOME));
        list.refresh();
        list.searchProperty().set("welc");
        assertThat(list.summaries()).extracting(JourneySummary::name).containsExactly("Welcome series");
        list.select(whitePaper);
        assertThat(list.searchProperty().get()).isEmpty();
        assertThat(list.summaries()).hasSize(2);
        assertThat(list.selectedId()).hasValue(whitePaper);
    }

    @Test
    void deleteRemovesTheSelectedJourneyAndClosesItWhenOpen() {
        long id = journeys.insert(SampleJourneys.read(SampleJourneys.WELCOME));
        list.refresh();
        workspace.reopen(id);
        workspace.deleteSelected();
        assertThat(journeys.find(id)).isEmpty();
        assertThat(list.summaries()).isEmpty();
        assertThat(workspace.openedProperty().get()).isNull();
        assertThat(workspace.messageProperty().get()).isEqualTo("Deleted 'Welcome series'");
    }

    @Test
    void importStoresAndOpensTheFilesJourney() throws Exception {
        Path file = dir.resolve("summit.waymark.json");
        new JourneyFileWriter().write(SampleJourneys.read(SampleJourneys.SUMMIT), file);
        workspace.importFrom(file);
        assertThat(reported).isEmpty();
        assertThat(workspace.openedProperty().get().journey()).isEqualTo(SampleJourneys.read(SampleJourneys.SUMMIT));
        assertThat(list.selectedProperty().get().name()).isEqualTo("Customer summit invitation");
    }

    @Test
    void importOfABadFileReportsWhereTheProblemIs() throws Exception {
        Path file = dir.resolve("bad.waymark.json");
        String json = new JourneyFileWriter().toJson(SampleJourneys.read(SampleJourneys.WHITE_PAPER))
                .replace("\"timeout\" : \"P7D\"", "\"timeout\" : \"-P7D\"");
        Files.writeString(file, json);
        workspace.importFrom(file);
        assertThat(reported).containsExactly(
                "Cannot import bad.waymark.json: $.pipeline[2].timeout: must be a positive duration");
        assertThat(journeys.count()).isZero();
        workspace.importFrom(dir.resolve("missing.waymark.json"));
        assertThat(reported.get(1)).startsWith("Cannot import missing.waymark.json: The file cannot be read");
    }

    @Test
    void exportWritesTheOpenJourneyToAFile() throws Exception {
        Journey welcome = SampleJourneys.read(SampleJourneys.WELCOME);
        workspace.reopen(journeys.insert(welcome));
        assertThat(workspace.suggestedFileName()).isEqualTo("welcome-series.waymark.json");
        Path file = dir.resolve(workspace.suggestedFileName());
        workspace.exportTo(file);
        assertThat(new JourneyFileReader().read(file)).isEqualTo(welcome);
    }

    @Test
    void saveWritesTheOpenJourneyBack() {
        long id = journeys.insert(SampleJourneys.read(SampleJourneys.WELCOME));
        list.refresh();
        workspace.reopen(id);
        workspace.save();
        assertThat(workspace.messageProperty().get()).isEqualTo("Saved 'Welcome series'");
        assertThat(journeys.find(id)).contains(SampleJourneys.read(SampleJourneys.WELCOME));
    }

    @Test
    void saveReportsAJourneyDeletedMeanwhile() {
        long id = journeys.insert(SampleJourneys.read(SampleJourneys.WELCOME));
        workspace.reopen(id);
        journeys.delete(id);
        workspace.save();
        assertThat(reported).singleElement().asString().startsWith("Cannot save 'Welcome series': Journey " + id);
    }
}
