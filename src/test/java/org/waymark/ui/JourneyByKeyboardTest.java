package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerTile;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.journeys.JourneyWorkspace;

/**
 * Issue 4: a small journey built on an empty one with the keyboard only (Ctrl+Shift+A, the tile type typed, Enter,
 * the place chosen by arrows or its number, Enter), then walked with the arrows, Home, Enter and Esc, a tile moved
 * with Alt+Right and the move undone with Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class JourneyByKeyboardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String NAME = "Built by keyboard";

    @TempDir
    Path dir;
    private Store store;
    private JourneyWorkspace workspace;
    private FxRobot robot;
    private int keys;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        JourneyRepository journeys = new JourneyRepository(store, CLOCK);
        Journey sample = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
        journeys.insert(new Journey(sample.settings().withName(NAME), List.of()));
        workspace = TestDesktop.show(store, CLOCK, new Stage()).workspace();
    }

    @AfterEach
    void closeWindowAndStore() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void aJourneyIsBuiltWalkedAndRearrangedWithKeysOnly(FxRobot fx) {
        robot = fx;
        new DesignerGestures(fx, this::session).openFromList(NAME);
        assertThat(session().journey().pipeline()).isEmpty();

        add("segment group");
        assertThat(banner()).isEqualTo("Choose where to put the segment group: arrows to move, Enter to insert, "
                + "Esc to cancel — place 1 of 1. At the start of the journey");
        assertThat(robot.lookup("#canvas-banner").queryAs(Label.class).getAccessibleText()).isEqualTo(banner());
        assertThat(robot.lookup(".insertion-badge").queryAll()).hasSize(1);
        press(KeyCode.ENTER);
        assertThat(selected()).isEqualTo("segmentGroup-1");
        assertThat(robot.lookup(".insertion-badge").queryAll()).isEmpty();

        add("segment");
        press(KeyCode.ENTER);
        assertThat(selected()).isEqualTo("segment-1");

        add("email");
        press(KeyCode.ENTER);
        assertThat(selected()).isEqualTo("email-1");

        add("trigger");
        assertThat(banner()).contains("place 2 of 2. After 'Email'");
        press(KeyCode.ENTER);
        assertThat(selected()).isEqualTo("trigger-1");

        add("email");
        assertThat(banner()).contains("place 3 of 4. At the start of the 'True' path of 'Trigger'");
        press(KeyCode.ENTER);
        assertThat(selected()).isEqualTo("email-2");

        add("sms");
        assertThat(banner()).contains("place 4 of 5.");
        press(KeyCode.DIGIT5);
        assertThat(banner()).contains("place 5 of 5. At the start of the 'False' path of 'Trigger'");
        press(KeyCode.ENTER);
        assertThat(selected()).isEqualTo("sms-1");

        add("sms");
        press(KeyCode.ESCAPE);
        assertThat(robot.lookup(".insertion-marker").queryAll()).as("cancelled").isEmpty();
        assertThat(PipelineTree.find(session().journey(), "sms-2")).isEmpty();
        int built = keys;

        press(KeyCode.HOME);
        assertThat(selected()).isEqualTo("segmentGroup-1");
        press(KeyCode.ENTER);
        assertThat(selected()).isEqualTo("segment-1");
        press(KeyCode.ESCAPE);
        assertThat(selected()).isEqualTo("segmentGroup-1");
        press(KeyCode.RIGHT);
        press(KeyCode.RIGHT);
        assertThat(selected()).isEqualTo("trigger-1");
        press(KeyCode.RIGHT);
        assertThat(selected()).isEqualTo("email-2");
        press(KeyCode.DOWN);
        assertThat(selected()).isEqualTo("sms-1");
        press(KeyCode.UP);
        assertThat(selected()).isEqualTo("email-2");

        press(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(lane(TriggerTile.TRUE_KEY)).isEmpty();
        assertThat(lane(TriggerTile.FALSE_KEY)).containsExactly("email-2", "sms-1");
        assertThat(selected()).isEqualTo("email-2");
        press(KeyCode.CONTROL, KeyCode.Z);
        assertThat(lane(TriggerTile.TRUE_KEY)).containsExactly("email-2");
        assertThat(lane(TriggerTile.FALSE_KEY)).containsExactly("sms-1");

        press(KeyCode.F2);
        assertThat(robot.lookup("#property-name").query().isFocused()).as("F2: the name field").isTrue();
        press(KeyCode.F6);
        assertThat(robot.lookup("#journey-list").query().isFocused()).as("F6: properties, then the journey list").isTrue();
        press(KeyCode.F6);
        assertThat(robot.lookup("#toolbox-filter").query().isFocused()).as("F6: then the toolbox").isTrue();
        press(KeyCode.F6);
        assertThat(robot.lookup("#tile-email-2").query().isFocused()).as("F6: then the canvas").isTrue();
        press(KeyCode.SHIFT, KeyCode.F6);
        assertThat(robot.lookup("#toolbox-filter").query().isFocused()).as("Shift+F6: back").isTrue();

        System.out.printf("Journey by keyboard: 6 tiles built with %d key presses (one cancelled add included); "
                + "%d key presses in all%n", built, keys);
    }

    /** Ctrl+Shift+A, the type's name typed into the list, Enter: the canvas then waits for a place. */
    private void add(String typed) {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        javafx.stage.Window picker = robot.listTargetWindows().stream()
                .filter(w -> "Add tile".equals(w instanceof Stage stage ? stage.getTitle() : null)).findFirst()
                .orElseThrow(() -> new AssertionError("no list of tile types"));
        assertThat(picker.isFocused()).isTrue();
        assertThat(picker.getScene().getFocusOwner().getId()).as("the focus is in the list of tile types")
                .isEqualTo("tile-type-list");
        robot.targetWindow(picker);
        robot.write(typed, 0);
        keys += typed.length();
        WaitForAsyncUtils.waitForFxEvents();
        press(KeyCode.ENTER);
        assertThat(banner().toLowerCase(java.util.Locale.ROOT)).startsWith("choose where to put the " + typed);
    }

    private void press(KeyCode... chord) {
        robot.push(chord);
        keys++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String banner() {
        return robot.lookup("#canvas-banner").queryAs(Label.class).getText();
    }

    private List<String> lane(String key) {
        TriggerTile trigger = (TriggerTile) PipelineTree.find(session().journey(), "trigger-1").orElseThrow();
        return (TriggerTile.TRUE_KEY.equals(key) ? trigger.whenTrue() : trigger.whenFalse()).stream()
                .map(Tile::id).toList();
    }

    private String selected() {
        List<String> selection = session().selection();
        return selection.size() == 1 ? selection.get(0) : String.valueOf(selection);
    }

    private EditSession session() {
        return workspace.sessionProperty().getValue();
    }
}
