package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.journeys.JourneyWorkspace;

/**
 * Issue 3's acceptance test: the reference journey of the customer-journey guide (New York newsletter subscribers
 * are offered a white paper; who clicks the download link becomes a lead and is invited to a webinar, the others
 * get a reminder) built in the designer the way a user builds it, by dragging tiles from the toolbox onto the
 * canvas and filling in the Properties tab, on the demo store's emails, segment and page; a drop the rules refuse
 * on the way. Then undone to nothing with Ctrl+Z, redone with Ctrl+Y, saved with Ctrl+S, reopened, exported and
 * imported, the journey's JSON checked exactly at each step.
 */
@ExtendWith(ApplicationExtension.class)
class ReferenceJourneyByMouseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String NAME = "New York white paper, built by mouse";
    private static final String OTHER = "Welcome series";
    private static final JourneyFileWriter JSON = new JourneyFileWriter();

    @TempDir
    Path dir;
    private Store store;
    private JourneyRepository journeys;
    private long builtId;
    private Stage window;
    private JourneyWorkspace workspace;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        journeys = new JourneyRepository(store, CLOCK);
        Journey sample = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
        builtId = journeys.insert(new Journey(sample.settings().withName(NAME), List.of()));
        window = new Stage();
        workspace = TestDesktop.show(store, CLOCK, window).workspace();
    }

    @AfterEach
    void closeWindowAndStore() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void theReferenceJourneyIsBuiltByMouseUndoneRedoneSavedReopenedExportedAndImported(FxRobot robot) {
        long started = System.nanoTime();
        DesignerGestures user = new DesignerGestures(robot, this::session);

        user.openFromList(NAME);
        assertThat(window.getTitle()).isEqualTo("Waymark — " + NAME);
        assertThat(session().journey().pipeline()).isEmpty();
        assertThat(robot.lookup(".tile").queryAll()).isEmpty();
        String beforeFirstEdit = JSON.toJson(session().journey());

        Journey built = build(robot, user);
        String full = JSON.toJson(built);
        DesignerGestures.Tally toBuild = user.tally();

        // Ctrl+Z with the canvas focused: in a property's text field it would undo that field's typing instead
        user.click(robot.lookup("#tile-segmentGroup-1").query());
        int undone = pressWhile(user, KeyCode.Z, () -> session().canUndo());
        assertThat(JSON.toJson(session().journey())).isEqualTo(beforeFirstEdit);
        assertThat(robot.lookup(".tile").queryAll()).isEmpty();
        assertThat(window.getTitle()).as("back where it was saved").isEqualTo("Waymark — " + NAME);

        int redone = pressWhile(user, KeyCode.Y, () -> session().canRedo());
        assertThat(JSON.toJson(session().journey())).isEqualTo(full);
        assertThat(robot.lookup(".tile").queryAll()).hasSize(8);
        assertThat(undone).isEqualTo(redone);

        saveReopenExportImport(robot, user, full);

        // for trainers: what building the reference journey by hand takes (a typed character or a shortcut is one
        // key press; the drags include the one refused on purpose), and what the whole test did
        System.out.printf("Reference journey by mouse: built with %s; %d undo steps undone and redone; "
                + "the whole test took %s in %.1f s%n", toBuild, undone, user.tally(), (System.nanoTime() - started) / 1e9);
    }

    /** Builds the reference journey on the empty one by dragging tiles and filling in their properties. */
    private Journey build(FxRobot robot, DesignerGestures user) {
        // View ▸ Zoom out (Ctrl+Alt+minus), three times (51 %): the finished journey is 1,500 canvas pixels wide, and every marker
        // the build drops on must be in sight, as drags only scroll the canvas near its edges
        robot.push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.MINUS);
        robot.push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.MINUS);
        robot.push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.MINUS);

        user.dragNewTile(TileType.SEGMENT_GROUP, at(SequenceRef.pipeline(), 0));
        assertThat(selectedTile()).isEqualTo("segmentGroup-1");
        assertThat(status(robot)).isEqualTo("Inserted segment group");
        assertThat(window.getTitle()).isEqualTo("Waymark — • " + NAME);

        user.dragNewTile(TileType.SEGMENT, at(SequenceRef.segments("segmentGroup-1"), 0));
        assertThat(selectedTile()).isEqualTo("segment-1");
        user.pick("property-segment", "new york", ReferenceJourney.SEGMENT);

        user.dragNewTile(TileType.EMAIL, at(SequenceRef.pipeline(), 1));
        assertThat(selectedTile()).isEqualTo("email-1");
        user.pick("property-email", null, ReferenceJourney.OFFER);

        aSegmentOnTheMainPathIsRefusedWithItsReason(robot, user);

        user.dragNewTile(TileType.MARKETING_PAGE, at(SequenceRef.content("email-1"), 0));
        assertThat(selectedTile()).isEqualTo("marketingPage-1");
        user.pick("property-asset", null, ReferenceJourney.PAGE);

        user.dragNewTile(TileType.TRIGGER, at(SequenceRef.pipeline(), 2));
        assertThat(selectedTile()).isEqualTo("trigger-1");
        setUpTheTrigger(robot, user);

        user.dragNewTile(TileType.CREATE_LEAD, at(SequenceRef.lane("trigger-1", TriggerTile.TRUE_KEY), 0));
        assertThat(selectedTile()).isEqualTo("createLead-1");
        user.typeInto("property-topic", ReferenceJourney.LEAD_TOPIC);

        user.dragNewTile(TileType.EMAIL, at(SequenceRef.lane("trigger-1", TriggerTile.TRUE_KEY), 1));
        assertThat(selectedTile()).isEqualTo("email-2");
        user.pick("property-email", null, ReferenceJourney.INVITATION);

        user.dragNewTile(TileType.EMAIL, at(SequenceRef.lane("trigger-1", TriggerTile.FALSE_KEY), 0));
        assertThat(selectedTile()).isEqualTo("email-3");
        user.pick("property-email", null, ReferenceJourney.REMINDER);

        Journey built = session().journey();
        assertThat(built.settings()).as("settings untouched").isEqualTo(journeys.find(builtId).orElseThrow().settings());
        ReferenceJourney.assertIsTheReferenceJourney(built);
        assertThat(robot.lookup(".tile").queryAll()).hasSize(8);
        return built;
    }

    /** Dropping a segment on the main path, after the email: refused, the reason shown, nothing changed. */
    private void aSegmentOnTheMainPathIsRefusedWithItsReason(FxRobot robot, DesignerGestures user) {
        String before = JSON.toJson(session().journey());
        long revision = session().revisionProperty().get();
        String undoText = session().undoTextProperty().get();
        String reason = "A segment can only go inside a segment group";

        user.dragNewTileOver(TileType.SEGMENT, at(SequenceRef.pipeline(), 2));
        Label banner = robot.lookup("#canvas-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).as("the reason shows while hovering").isTrue();
        assertThat(banner.getText()).isEqualTo(reason);
        assertThat(robot.lookup(".insertion-marker").<Node>queryAll())
                .filteredOn(n -> n.getPseudoClassStates().toString().contains("target")).isEmpty();
        user.drop();

        assertThat(banner.isVisible()).as("and stays a while after the drop").isTrue();
        assertThat(banner.getText()).isEqualTo(reason);
        assertThat(status(robot)).isEqualTo(reason);
        assertThat(robot.lookup(".drag-ghost").tryQuery()).isEmpty();
        assertThat(robot.lookup(".insertion-marker").queryAll()).isEmpty();
        assertThat(JSON.toJson(session().journey())).isEqualTo(before);
        assertThat(session().revisionProperty().get()).isEqualTo(revision);
        assertThat(session().undoTextProperty().get()).isEqualTo(undoText);
    }

    /**
     * One rule: the offer email's "Download the white paper" link clicked. A new trigger starts with a rule
     * watching the nearest message before it, the email (not the page inside it), for "opened".
     */
    private void setUpTheTrigger(FxRobot robot, DesignerGestures user) {
        user.showSidebarTab("sidebar-properties");
        assertThat(trigger().rules()).containsExactly(new TriggerRule("email-1", TriggerCondition.OPENED, ""));
        user.pick("property-rule-condition-0", null, "Clicked a specific link");
        assertThat(trigger().rules()).as("not applied before the link is chosen")
                .extracting(TriggerRule::condition).doesNotContain(TriggerCondition.CLICKED_LINK);
        user.pick("property-rule-link-0", null, ReferenceJourney.LINK);
        assertThat(trigger().rules())
                .containsExactly(new TriggerRule("email-1", TriggerCondition.CLICKED_LINK, ReferenceJourney.LINK));
        // a new trigger waits 7 days, as the reference journey does: the field shows it, nothing to change
        assertThat(robot.lookup("#property-timeout-amount").queryAs(TextField.class).getText()).isEqualTo("7");
        assertThat(robot.lookup("#property-timeout-unit").queryComboBox().getValue()).hasToString("DAYS");
    }

    /** Presses the shortcut with {@code key} while {@code more} holds; returns how many presses it took. */
    private static int pressWhile(DesignerGestures user, KeyCode key, BooleanSupplier more) {
        int presses = 0;
        for (; more.getAsBoolean(); presses++) {
            assertThat(presses).as("presses of the shortcut with " + key).isLessThan(100);
            user.shortcut(key);
        }
        return presses;
    }

    private void saveReopenExportImport(FxRobot robot, DesignerGestures user, String full) {
        user.shortcut(KeyCode.S);
        assertThat(window.getTitle()).isEqualTo("Waymark — " + NAME);
        assertThat(session().dirtyProperty().get()).isFalse();
        assertThat(JSON.toJson(journeys.find(builtId).orElseThrow())).isEqualTo(full);

        user.openFromList(OTHER);
        assertThat(window.getTitle()).isEqualTo("Waymark — " + OTHER);
        user.openFromList(NAME);
        assertThat(window.getTitle()).isEqualTo("Waymark — " + NAME);
        assertThat(workspace.openedId()).hasValue(builtId);
        assertThat(JSON.toJson(session().journey())).isEqualTo(full);

        // File ▸ Export… and File ▸ Import… ask for the file in a native file chooser, which the headless (Monocle)
        // toolkit can neither show nor drive: the test hands the workspace the file the chooser would have returned.
        Path file = dir.resolve("built-by-mouse.waymark.json");
        robot.interact(() -> workspace.exportTo(file));
        assertThat(status(robot)).isEqualTo("Exported '" + NAME + "' to " + file.getFileName());
        robot.interact(() -> workspace.importFrom(file));
        assertThat(status(robot)).isEqualTo("Imported '" + NAME + "' from " + file.getFileName());
        long importedId = workspace.openedId().orElseThrow();
        assertThat(importedId).as("imported as a new journey").isNotEqualTo(builtId);

        user.openFromList(OTHER);
        user.openFromList("imported", journey -> journey.id() == importedId);
        assertThat(workspace.openedId()).hasValue(importedId);
        assertThat(window.getTitle()).isEqualTo("Waymark — " + NAME);
        assertThat(session().journey().pipeline()).isEqualTo(journeys.find(builtId).orElseThrow().pipeline());
        assertThat(JSON.toJson(session().journey())).isEqualTo(full);
        assertThat(robot.lookup(".tile").queryAll()).hasSize(8);
    }

    private EditSession session() {
        return workspace.sessionProperty().get();
    }

    private String selectedTile() {
        return session().selectedTile().map(Tile::id).orElse(null);
    }

    private TriggerTile trigger() {
        return (TriggerTile) session().journey().pipeline().get(2);
    }

    private static InsertionPoint at(SequenceRef sequence, int index) {
        return InsertionPoint.of(sequence, index);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-message").queryLabeled().getText();
    }
}
