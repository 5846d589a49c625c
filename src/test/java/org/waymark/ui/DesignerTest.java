package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.ui.canvas.InsertionAnchor;
import org.waymark.ui.canvas.PipelineLayout;
import org.waymark.ui.journeys.RecoveryCopies;

/** The journey designer driven by mouse and keyboard: toolbox drops, moves, undo, delete, saving. */
@ExtendWith(ApplicationExtension.class)
class DesignerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String WHITE_PAPER = "New York white paper nurture";

    @TempDir
    Path dir;
    private Store store;
    private JourneyRepository journeys;
    private long whitePaper;
    private long welcome;
    private Stage window;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        journeys = new JourneyRepository(store, CLOCK);
        whitePaper = journeys.insert(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
        welcome = journeys.insert(SampleJourneys.read(SampleJourneys.WELCOME));
        window = new Stage();
        TestDesktop.show(store, CLOCK, window);
    }

    @AfterEach
    void closeWindowAndStore() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void anEmailDraggedFromTheToolboxAfterTheSegmentGroupIsInsertedThereAndSelected(FxRobot robot) {
        robot.doubleClickOn(WHITE_PAPER);
        robot.drag("#toolbox-email", MouseButton.PRIMARY).moveTo(anchorOnScreen(SampleJourneys.WHITE_PAPER,
                SequenceRef.pipeline(), 1));
        assertThat(robot.lookup(".drag-ghost").tryQuery()).isPresent();
        assertThat(robot.lookup(".insertion-marker").queryAll()).hasSizeGreaterThan(3);
        assertThat(robot.lookup(".insertion-marker").<Node>queryAll())
                .filteredOn(n -> n.getPseudoClassStates().toString().contains("target")).hasSize(1);
        robot.drop();

        assertThat(robot.lookup(".drag-ghost").tryQuery()).isEmpty();
        assertThat(robot.lookup(".insertion-marker").queryAll()).isEmpty();
        Node email = robot.lookup("#tile-email-1").query();
        assertThat(email.getPseudoClassStates().toString()).contains("selected");
        assertThat(robot.lookup(".tile").queryAll()).hasSize(15);
        assertThat(window.getTitle()).isEqualTo("Waymark — • " + WHITE_PAPER);
        assertThat(status(robot)).isEqualTo("Inserted email");
    }

    @Test
    void aSegmentDroppedOnThePipelineIsRefusedWithTheReasonShown(FxRobot robot) {
        robot.doubleClickOn(WHITE_PAPER);
        robot.drag("#toolbox-segment", MouseButton.PRIMARY).dropTo(anchorOnScreen(SampleJourneys.WHITE_PAPER,
                SequenceRef.pipeline(), 2));

        Label banner = robot.lookup("#canvas-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("A segment can only go inside a segment group");
        assertThat(status(robot)).isEqualTo("A segment can only go inside a segment group");
        assertThat(robot.lookup(".tile").queryAll()).hasSize(14);
        assertThat(window.getTitle()).isEqualTo("Waymark — " + WHITE_PAPER);
    }

    @Test
    void aTileDraggedToAnotherPlaceMovesThereInOneUndoableStep(FxRobot robot) {
        robot.doubleClickOn("Welcome series");
        robot.push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.MINUS);
        Node twoDays = robot.lookup("#tile-two-days").query();
        robot.drag(twoDays, MouseButton.PRIMARY).moveTo(anchorOnScreen(SampleJourneys.WELCOME, SequenceRef.pipeline(), 1));
        assertThat(twoDays.getStyleClass()).contains("drag-source");
        robot.drop();

        assertThat(pipelineIds(robot)).containsExactly("signup", "two-days", "welcome", "tour", "ab");
        assertThat(status(robot)).isEqualTo("Moved 'Two days later, office hours'");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(pipelineIds(robot)).containsExactly("signup", "welcome", "two-days", "tour", "ab");
        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        assertThat(pipelineIds(robot)).startsWith("signup", "two-days");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        assertThat(pipelineIds(robot)).startsWith("signup", "two-days");
    }

    @Test
    void deletingATriggerAsksFirstAndUndoBringsItBack(FxRobot robot) {
        robot.doubleClickOn(WHITE_PAPER);
        robot.push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.MINUS);
        robot.clickOn("#tile-clicked-download");
        robot.type(KeyCode.DELETE);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Delete 10 tiles?");
        robot.clickOn(dialogButton(robot, "Cancel"));
        assertThat(robot.lookup(".tile").queryAll()).hasSize(14);

        robot.clickOn("#tile-clicked-download");
        robot.type(KeyCode.DELETE);
        robot.clickOn(dialogButton(robot, "Delete"));
        assertThat(robot.lookup(".tile").queryAll()).hasSize(4);
        robot.clickOn("#tile-offer");
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup(".tile").queryAll()).hasSize(2);

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(robot.lookup(".tile").queryAll()).hasSize(14);
    }

    @Test
    void theUnsavedMarkComesWithAnEditAndGoesWithSave(FxRobot robot) {
        robot.doubleClickOn("Welcome series");
        Node tile = robot.clickOn("#tile-welcome").lookup("#tile-welcome").query();
        // Monocle sends no context-menu events, so the menu is opened as the platform would open it
        ScrollPane canvas = robot.lookup(".pipeline-canvas").queryAs(ScrollPane.class);
        robot.interact(() -> canvas.getContextMenu().show(tile, Side.BOTTOM, 0, 0));
        robot.clickOn("Duplicate");
        assertThat(window.getTitle()).isEqualTo("Waymark — • Welcome series");
        assertThat(listedNames(robot)).contains("• Welcome series");

        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        assertThat(window.getTitle()).isEqualTo("Waymark — Welcome series");
        assertThat(listedNames(robot)).contains("Welcome series");
        Journey saved = journeys.find(welcome).orElseThrow();
        assertThat(saved.pipeline()).extracting(Tile::id).containsExactly("signup", "welcome", "email-1", "two-days",
                "tour", "ab");
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) {
        robot.doubleClickOn(WHITE_PAPER);
        robot.clickOn("#tile-offer");
        robot.push(KeyCode.SHORTCUT, KeyCode.C);
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        assertThat(robot.lookup(".tile").queryAll()).hasSize(16);

        robot.push(KeyCode.SHORTCUT, KeyCode.Q);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Save changes to '" + WHITE_PAPER + "'?");
        robot.clickOn(dialogButton(robot, "Cancel"));
        assertThat(window.isShowing()).isTrue();

        robot.push(KeyCode.SHORTCUT, KeyCode.Q);
        robot.clickOn(dialogButton(robot, "Don't Save"));
        assertThat(window.isShowing()).isFalse();
        assertThat(journeys.find(whitePaper)).contains(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
    }

    @Test
    void enterInTheToolboxInsertsAfterTheSelectedTile(FxRobot robot) {
        robot.doubleClickOn("Welcome series");
        robot.clickOn("#tile-welcome");
        robot.clickOn("#toolbox-filter").write("text");
        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        assertThat(pipelineIds(robot)).containsExactly("signup", "welcome", "sms-1", "two-days", "tour", "ab");
    }

    @Test
    void unsavedChangesLeftByACrashAreOfferedWhenTheJourneyOpens(FxRobot robot) throws Exception {
        Journey changed = SampleJourneys.read(SampleJourneys.WELCOME);
        changed = changed.withPipeline(changed.pipeline().subList(0, 2));
        new RecoveryCopies(dir.resolve("store"), new JourneyFileReader(), new JourneyFileWriter(), CLOCK)
                .write(welcome, changed);
        robot.doubleClickOn("Welcome series");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).startsWith("Restore unsaved changes from 4 May 2026, ");
        robot.clickOn(dialogButton(robot, "Restore"));
        assertThat(robot.lookup(".tile").queryAll()).hasSize(2);
        assertThat(window.getTitle()).isEqualTo("Waymark — • Welcome series");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(robot.lookup(".tile").queryAll()).hasSize(7);
    }

    private Point2D anchorOnScreen(String sample, SequenceRef sequence, int index) {
        InsertionAnchor anchor = new PipelineLayout().layout(SampleJourneys.read(sample).pipeline())
                .anchor(InsertionPoint.of(sequence, index)).orElseThrow();
        Node surface = new FxRobot().lookup(".canvas-surface").query();
        return surface.localToScreen(anchor.center().x(), anchor.center().y());
    }

    private static List<String> pipelineIds(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tile").queryAll().stream()
                .map(Node::getId).map(id -> id.substring("tile-".length()))
                .filter(id -> List.of("signup", "welcome", "two-days", "tour", "ab", "sms-1", "email-1").contains(id))
                .toList();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-message").queryLabeled().getText();
    }

    private static List<String> listedNames(FxRobot robot) {
        return robot.lookup(".journey-name").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).map(Labeled::getText).toList();
    }

    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
