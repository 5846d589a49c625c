package org.waymark.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.edit.InsertTiles;
import org.waymark.model.edit.TileFactory;
import org.waymark.model.edit.TileIds;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.ui.SampleJourneys;
import org.waymark.ui.edit.EditSession;

/** The dirty mark, saving, Save as, and the question asked before unsaved changes would be lost. */
class UnsavedChangesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    private Store store;
    private JourneyRepository journeys;
    private JourneyListViewModel list;
    private JourneyWorkspace workspace;
    private JourneyTitle title;
    private final List<String> asked = new ArrayList<>();
    private UnsavedChanges.Answer answer = UnsavedChanges.Answer.CANCEL;
    private UnsavedChanges unsaved;
    private long welcome;
    private long whitePaper;

    @BeforeEach
    void openStore() {
        store = Store.open(dir.resolve("store"));
        journeys = new JourneyRepository(store, CLOCK);
        ProblemReporter reporter = (heading, detail) -> {
            throw new AssertionError(heading + ": " + detail);
        };
        list = new JourneyListViewModel(journeys, reporter);
        RecoveryCopies copies = new RecoveryCopies(dir.resolve("store"), new JourneyFileReader(),
                new JourneyFileWriter(), CLOCK);
        workspace = new JourneyWorkspace(journeys, list, new BlankJourney(CLOCK, ZoneId.of("UTC")),
                new JourneyFileReader(), new JourneyFileWriter(), reporter,
                new RecoveryAutosave(copies, (delay, task) -> () -> { }),
                new RecoveryOffer(copies, (name, time) -> false, reporter, ZoneId.of("UTC")));
        title = new JourneyTitle(workspace, list);
        unsaved = new UnsavedChanges(workspace, name -> {
            asked.add(name);
            return answer;
        });
        welcome = journeys.insert(SampleJourneys.read(SampleJourneys.WELCOME));
        whitePaper = journeys.insert(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
        list.refresh();
        workspace.reopen(welcome);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private EditSession session() {
        return workspace.sessionProperty().get();
    }

    private void insertEmail() {
        EditSession session = session();
        Journey journey = session.journey();
        Tile email = new TileFactory().create(TileType.EMAIL, new TileIds(journey));
        session.execute(InsertTiles.one(session.document(), session.rules(), email,
                session.rules().points(journey, TileType.EMAIL).get(0)));
    }

    @Test
    void anEditMarksTheTitleAndTheListRowUntilSaved() {
        assertThat(title.titleProperty().get()).isEqualTo("Waymark — Welcome series");
        insertEmail();
        assertThat(title.titleProperty().get()).isEqualTo("Waymark — • Welcome series");
        assertThat(list.unsavedProperty().get()).isEqualTo(OptionalLong.of(welcome));
        assertThat(list.displayName(list.selectedProperty().get())).isEqualTo("• Welcome series");

        assertThat(workspace.save()).isTrue();
        assertThat(title.titleProperty().get()).isEqualTo("Waymark — Welcome series");
        assertThat(list.unsavedProperty().get()).isEmpty();
        assertThat(journeys.find(welcome)).contains(session().journey());

        session().undo();
        assertThat(title.titleProperty().get()).startsWith("Waymark — • ");
        session().redo();
        assertThat(title.titleProperty().get()).isEqualTo("Waymark — Welcome series");
    }

    @Test
    void nothingIsAskedWithoutUnsavedChanges() {
        assertThat(unsaved.settle()).isTrue();
        assertThat(asked).isEmpty();
    }

    @Test
    void cancelKeepsTheChangesAndStopsTheSwitch() {
        insertEmail();
        answer = UnsavedChanges.Answer.CANCEL;
        assertThat(unsaved.settle()).isFalse();
        assertThat(asked).containsExactly("Welcome series");
        assertThat(workspace.hasUnsavedChanges()).isTrue();
    }

    @Test
    void saveStoresTheChangesBeforeTheSwitch() {
        insertEmail();
        Journey edited = session().journey();
        answer = UnsavedChanges.Answer.SAVE;
        assertThat(unsaved.settle()).isTrue();
        assertThat(journeys.find(welcome)).contains(edited);
        assertThat(workspace.open(whitePaper)).isTrue();
        assertThat(title.titleProperty().get()).isEqualTo("Waymark — New York white paper nurture");
    }

    @Test
    void dontSaveLeavesTheStoredJourneyAsItWas() {
        insertEmail();
        answer = UnsavedChanges.Answer.DONT_SAVE;
        assertThat(unsaved.settle()).isTrue();
        assertThat(journeys.find(welcome)).contains(SampleJourneys.read(SampleJourneys.WELCOME));
    }

    @Test
    void saveAsStoresTheEditedJourneyUnderANewNameAndOpensIt() {
        insertEmail();
        Journey edited = session().journey();
        assertThat(workspace.saveAs("Welcome series, take two")).isTrue();
        long copy = workspace.openedId().getAsLong();
        assertThat(copy).isNotIn(welcome, whitePaper);
        assertThat(journeys.find(copy).orElseThrow().pipeline()).isEqualTo(edited.pipeline());
        assertThat(journeys.find(welcome)).contains(SampleJourneys.read(SampleJourneys.WELCOME));
        assertThat(title.titleProperty().get()).isEqualTo("Waymark — Welcome series, take two");
        assertThat(list.selectedId()).hasValue(copy);
    }

    @Test
    void exportWritesTheUnsavedJourney() throws Exception {
        insertEmail();
        Path file = dir.resolve(workspace.suggestedFileName());
        workspace.exportTo(file);
        assertThat(new JourneyFileReader().read(file)).isEqualTo(session().journey());
    }

    @Test
    void openingTheOpenJourneyAgainKeepsItsChanges() {
        insertEmail();
        Journey edited = session().journey();
        assertThat(workspace.open(welcome)).isTrue();
        assertThat(session().journey()).isEqualTo(edited);
    }
}
