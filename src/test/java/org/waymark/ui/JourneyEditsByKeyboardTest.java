package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerTile;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.canvas.TileNode;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.journeys.JourneyWorkspace;

/**
 * Issue 4: the sample journey "New York white paper nurture" of the demo store opened and edited with key presses
 * only: tiles selected with the arrows, Home and End; one moved out of a trigger's path and back in with Alt+Left and
 * Alt+Right; copied, pasted, duplicated, cut and pasted elsewhere, deleted (a trigger too, through its confirmation,
 * answered by keyboard); all selected; then every edit undone with Ctrl+Z, one step at a time, back to the journey's
 * original file, and redone with Ctrl+Y. Along the way it checks what a screen reader says: the accessible text of
 * the tile that has the focus.
 */
@ExtendWith(ApplicationExtension.class)
class JourneyEditsByKeyboardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String PAUSE = "Scheduler 'Wait three working days'";

    @TempDir
    Path dir;
    private Store store;
    private Stage window;
    private JourneyWorkspace workspace;
    private FxRobot robot;
    private final JourneyFileWriter writer = new JourneyFileWriter();
    /** The journey file after each edit, the original first. */
    private final List<String> versions = new ArrayList<>();
    private int keys;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        window = new Stage();
        workspace = TestDesktop.show(store, CLOCK, window).workspace();
    }

    @AfterEach
    void closeWindowAndStore() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void aJourneyIsEditedUndoneAndRedoneWithKeysOnly(FxRobot fx) {
        robot = fx;
        openWhitePaperByKeys();
        versions.add(json());
        assertThat(focusedText()).isEqualTo("Segment group 'New York subscribers', step 1 of 11, with 1 nested tile; "
                + "next: Email 'Offer the white paper'");

        press(KeyCode.END);
        assertThat(focusedText()).isEqualTo("Launch workflow 'Score the lead', step 11 of 11; "
                + "last on the true path of Trigger 'Clicked the reminder?'");
        press(KeyCode.HOME);
        assertThat(focused()).isEqualTo("audience");
        press(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        assertThat(focusedText()).isEqualTo(PAUSE + ", step 5 of 11; next: Email 'Invite to the webinar'");

        edit(KeyCode.ALT, KeyCode.LEFT);
        assertThat(path(TriggerTile.TRUE_KEY)).startsWith("pause", "lead");
        edit(KeyCode.ALT, KeyCode.LEFT);
        assertThat(ids(session().journey().pipeline())).containsExactly("audience", "offer", "pause", "clicked-download");
        assertThat(focusedText()).as("out of the trigger's path")
                .isEqualTo(PAUSE + ", step 3 of 11; next: Trigger 'Clicked the download link?'");
        edit(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(path(TriggerTile.TRUE_KEY)).startsWith("pause", "lead");
        assertThat(focusedText()).as("back into it").isEqualTo(PAUSE + ", step 4 of 11; next: Create lead 'Lead for the playbook'");

        press(KeyCode.SHORTCUT, KeyCode.C);
        press(KeyCode.END);
        press(KeyCode.LEFT, KeyCode.LEFT, KeyCode.LEFT);
        assertThat(focused()).isEqualTo("reminder");
        edit(KeyCode.SHORTCUT, KeyCode.V);
        String pasted = focused();
        assertThat(path(TriggerTile.FALSE_KEY)).containsExactly("reminder", pasted, "clicked-reminder");
        assertThat(focusedText()).isEqualTo(PAUSE + ", step 9 of 12; next: Trigger 'Clicked the reminder?'");

        edit(KeyCode.SHORTCUT, KeyCode.D);
        String duplicate = focused();
        assertThat(path(TriggerTile.FALSE_KEY)).containsExactly("reminder", pasted, duplicate, "clicked-reminder");
        assertThat(focusedText()).isEqualTo(PAUSE + ", step 10 of 13; next: Trigger 'Clicked the reminder?'");

        edit(KeyCode.SHORTCUT, KeyCode.X);
        assertThat(path(TriggerTile.FALSE_KEY)).containsExactly("reminder", pasted, "clicked-reminder");
        assertThat(focusedText()).as("the focus goes to the tile that takes the cut one's place")
                .isEqualTo("Trigger 'Clicked the reminder?', step 10 of 12; true path: Create lead 'Lead after reminder'; "
                        + "false path: empty");
        assertThat(session().selection()).containsExactly("clicked-reminder");
        press(KeyCode.HOME, KeyCode.RIGHT);
        edit(KeyCode.SHORTCUT, KeyCode.V);
        String moved = focused();
        assertThat(ids(session().journey().pipeline())).containsExactly("audience", "offer", moved, "clicked-download");

        edit(KeyCode.DELETE);
        assertThat(dialog()).as("deleting one tile asks nothing").isNull();
        assertThat(ids(session().journey().pipeline())).containsExactly("audience", "offer", "clicked-download");
        assertThat(focused()).isEqualTo("clicked-download");

        press(KeyCode.END, KeyCode.LEFT, KeyCode.LEFT);
        assertThat(focused()).isEqualTo("clicked-reminder");
        press(KeyCode.DELETE);
        Button cancel = deleteQuestion();
        press(KeyCode.ESCAPE);
        assertThat(dialog()).isNull();
        assertThat(PipelineTree.find(session().journey(), "clicked-reminder")).as("Esc keeps the trigger").isPresent();
        assertThat(focused()).isEqualTo("clicked-reminder");
        press(KeyCode.DELETE);
        deleteQuestion();
        press(KeyCode.SHIFT, KeyCode.TAB);
        Button delete = (Button) dialog().getScene().getFocusOwner();
        assertThat(delete).isNotSameAs(cancel);
        assertThat(delete.getText()).isEqualTo("Delete");
        edit(KeyCode.SPACE);
        assertThat(dialog()).isNull();
        assertThat(path(TriggerTile.FALSE_KEY)).containsExactly("reminder", pasted);
        assertThat(focusedText()).isEqualTo(PAUSE + ", step 9 of 9; last on the false path of Trigger 'Clicked the download link?'");

        press(KeyCode.SHORTCUT, KeyCode.A);
        assertThat(session().selection()).containsExactlyInAnyOrderElementsOf(
                PipelineWalker.places(session().journey().pipeline()).stream().map(p -> p.tile().id()).toList());

        int edits = versions.size() - 1;
        for (int undone = 1; undone <= edits; undone++) {
            press(KeyCode.SHORTCUT, KeyCode.Z);
            assertThat(json()).as("after undo %d of %d", undone, edits).isEqualTo(versions.get(edits - undone));
        }
        assertThat(session().canUndo()).isFalse();
        assertThat(json()).as("every edit undone: the journey as it was opened").isEqualTo(versions.get(0));
        for (int redone = 1; redone <= edits; redone++) {
            press(KeyCode.SHORTCUT, KeyCode.Y);
            assertThat(json()).as("after redo %d of %d", redone, edits).isEqualTo(versions.get(redone));
        }
        assertThat(session().canRedo()).isFalse();

        System.out.printf("Journey edits by keyboard: %d edits made, undone and redone with %d key presses%n", edits, keys);
    }

    /**
     * From the journey list, which has the focus when the window opens: Shift+Tab to the search field, the name typed
     * in part, Down into the list, Enter opens it; then Tab until a tile has the focus.
     */
    private void openWhitePaperByKeys() {
        assertThat(window.getScene().getFocusOwner().getId()).isEqualTo("journey-list");
        press(KeyCode.SHIFT, KeyCode.TAB);
        robot.write("white paper", 0);
        keys += "white paper".length();
        WaitForAsyncUtils.waitForFxEvents();
        press(KeyCode.DOWN);
        press(KeyCode.ENTER);
        assertThat(session().journey().name()).isEqualTo("New York white paper nurture");
        int tabs = 0;
        for (; !(window.getScene().getFocusOwner() instanceof TileNode); tabs++) {
            assertThat(tabs).as("Tab presses to reach the canvas").isLessThan(20);
            press(KeyCode.TAB);
        }
        System.out.printf("Journey edits by keyboard: opened with %d key presses, %d of them Tab to reach the canvas%n",
                keys, tabs);
    }

    /** The confirmation for deleting a trigger with its paths: titled, the focus on Cancel, its default button. */
    private Button deleteQuestion() {
        Window question = dialog();
        assertThat(question).as("deleting a trigger asks first").isNotNull();
        assertThat(((Stage) question).getTitle()).isEqualTo("Delete tiles");
        assertThat(question.isFocused()).isTrue();
        Node focus = question.getScene().getFocusOwner();
        assertThat(focus).isInstanceOf(Button.class);
        Button cancel = (Button) focus;
        assertThat(cancel.getText()).isEqualTo("Cancel");
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(cancel.getAccessibleText()).isEqualTo("Cancel, keep the tiles");
        robot.targetWindow(question);
        return cancel;
    }

    /** Presses each key (or one chord, when its first key is a modifier) and waits for the FX thread. */
    private void press(KeyCode... keysToPress) {
        if (keysToPress[0] == KeyCode.SHORTCUT || keysToPress[0].isModifierKey()) {
            robot.push(keysToPress);
            keys++;
        } else {
            for (KeyCode key : keysToPress) {
                robot.push(key);
                keys++;
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A key press that edits the journey: one undo step, whose result is kept for the undo and redo checks. */
    private void edit(KeyCode... chord) {
        press(chord);
        versions.add(json());
        assertThat(versions.get(versions.size() - 1)).as("the edit changed the journey")
                .isNotEqualTo(versions.get(versions.size() - 2));
    }

    private String json() {
        return writer.toJson(session().journey());
    }

    private String focused() {
        Node focus = window.getScene().getFocusOwner();
        assertThat(focus).as("a tile has the focus").isInstanceOf(TileNode.class);
        String id = ((TileNode) focus).tileId();
        assertThat(session().selection()).as("the focused tile is the selected one").endsWith(id);
        return id;
    }

    private String focusedText() {
        focused();
        return window.getScene().getFocusOwner().getAccessibleText();
    }

    private List<String> path(String key) {
        TriggerTile trigger = (TriggerTile) PipelineTree.find(session().journey(), "clicked-download").orElseThrow();
        return ids(TriggerTile.TRUE_KEY.equals(key) ? trigger.whenTrue() : trigger.whenFalse());
    }

    private static List<String> ids(List<? extends Tile> tiles) {
        return tiles.stream().map(Tile::id).toList();
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w != window && w.isShowing() && w instanceof Stage)
                .findFirst().orElse(null);
    }

    private EditSession session() {
        return workspace.sessionProperty().getValue();
    }
}
