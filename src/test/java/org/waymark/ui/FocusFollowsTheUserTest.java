package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
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
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.canvas.TileNode;
import org.waymark.ui.window.FocusPart;

/**
 * Issue 15, findings 3 and 4: the keyboard focus goes where the user works next and stays where they can see it.
 * File ▸ New leaves it on the new journey's canvas; F6 and Shift+F6 go round every part of the window from anywhere,
 * the journey list included; Ctrl+1 puts it on the canvas; a tile moved or walked to with the keys stays in sight.
 */
@ExtendWith(ApplicationExtension.class)
class FocusFollowsTheUserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String WHITE_PAPER = "New York white paper nurture";

    @TempDir
    Path dir;
    private Store store;
    private Stage window;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        new JourneyRepository(store, CLOCK).insert(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
        window = new Stage();
        TestDesktop.show(store, CLOCK, window);
    }

    @AfterEach
    void closeWindowAndStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void aNewJourneyLeavesTheFocusOnItsCanvasReadyForTheFirstTile(FxRobot robot) throws TimeoutException {
        assertThat(focusedIn("#journey-list")).as("the journey list has the focus at start").isTrue();
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> others() != null);
        robot.write("blank");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> others() == null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.getTitle()).isEqualTo("Waymark — New journey");
        assertThat(focusedIn(".pipeline-canvas")).as("focus on the canvas, not %s", owner()).isTrue();
        robot.write("email");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(others()).as("typing on the canvas opens the tile picker").isNotNull();
        assertThat(others().getTitle()).isEqualTo("Add tile");
    }

    @Test
    void f6GoesRoundEveryPartFromAnywhereAndCtrl1GoesToTheCanvas(FxRobot robot) {
        robot.push(KeyCode.F6); // from the journey list, with nothing open: the canvas area
        assertThat(focusedIn("#journey-list")).isFalse();
        robot.push(KeyCode.F6);
        assertThat(focusedIn("#journey-list")).as("round again to the journey list").isTrue();

        robot.doubleClickOn(WHITE_PAPER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedIn(".pipeline-canvas")).as("an opened journey's canvas has the focus").isTrue();
        robot.push(KeyCode.F6);
        assertThat(focusedIn(".designer-sidebar")).as("F6 from the canvas: properties, not %s", owner()).isTrue();
        robot.push(KeyCode.F6);
        assertThat(focusedIn("#journey-list")).as("then the journey list, not %s", owner()).isTrue();
        robot.push(KeyCode.F6);
        assertThat(focusedIn(".designer-sidebar")).as("then the toolbox, not %s", owner()).isTrue();
        robot.push(KeyCode.SHIFT, KeyCode.F6);
        assertThat(focusedIn("#journey-list")).as("Shift+F6 goes back").isTrue();

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedIn(".pipeline-canvas")).as("Ctrl+1 from the journey list: the canvas, not %s", owner())
                .isTrue();

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedIn("#contact-search")).isTrue();
        robot.push(KeyCode.F6);
        assertThat(focusedIn(".timeline-pane")).as("contacts, then the timeline: not %s", owner()).isTrue();
        robot.push(KeyCode.F6);
        assertThat(focusedIn("#journey-list")).as("then the journey list, not %s", owner()).isTrue();
        robot.push(KeyCode.F6);
        assertThat(focusedIn("#contact-search")).as("then the contacts, not %s", owner()).isTrue();
    }

    @Test
    void f2TheNameThenEnterComesBackToTheRenamedTile(FxRobot robot) {
        robot.doubleClickOn(WHITE_PAPER);
        TileNode offer = robot.lookup("#tile-offer").queryAs(TileNode.class);
        robot.interact(offer::requestFocus);
        robot.push(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#property-name").query().isFocused()).isTrue();
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("Playbook offer");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(owner()).as("back on the tile, not %s", owner()).isInstanceOf(TileNode.class);
        assertThat(((TileNode) owner()).tileId()).isEqualTo("offer");
        assertThat(robot.lookup("#tile-offer .tile-name").queryLabeled().getText()).isEqualTo("Playbook offer");
    }

    @Test
    void theEmailsChartShowsNoEmptyAxesBeforeAnEmailIsPicked(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#email-chart").query().isVisible()).isFalse();
        javafx.scene.control.TableView<?> emails = robot.lookup("#email-results").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !emails.getItems().isEmpty());
        robot.interact(() -> emails.getSelectionModel().select(0));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#email-chart").query().isVisible()).isTrue();
        javafx.scene.chart.NumberAxis counts = (javafx.scene.chart.NumberAxis)
                robot.lookup("#email-chart").queryAs(javafx.scene.chart.LineChart.class).getYAxis();
        assertThat(counts.getTickUnit() % 1).as("whole steps").isZero();
    }

    @Test
    void aTileMovedOrWalkedToWithTheKeysStaysInSight(FxRobot robot) {
        robot.doubleClickOn(WHITE_PAPER);
        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.EQUALS); // zoomed in: the journey is wider than the canvas
        }
        TileNode first = robot.lookup("#tile-offer").queryAs(TileNode.class);
        robot.interact(first::requestFocus);
        for (int i = 0; i < 8; i++) {
            robot.push(KeyCode.ALT, KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertInSight("after Alt+Right " + (i + 1));
        }
        for (int i = 0; i < 8; i++) {
            robot.push(KeyCode.ALT, KeyCode.LEFT);
            WaitForAsyncUtils.waitForFxEvents();
            assertInSight("after Alt+Left " + (i + 1));
        }
        robot.push(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertInSight("after End");
        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertInSight("after Home");
    }

    private void assertInSight(String when) {
        Node focused = owner();
        assertThat(focused).as(when).isInstanceOf(TileNode.class);
        ScrollPane canvas = (ScrollPane) window.getScene().lookup(".pipeline-canvas");
        Bounds tile = focused.localToScene(focused.getLayoutBounds());
        Bounds view = canvas.localToScene(canvas.getLayoutBounds());
        assertThat(tile.getMinX() >= view.getMinX() - 1 && tile.getMaxX() <= view.getMaxX() + 1
                && tile.getMinY() >= view.getMinY() - 1 && tile.getMaxY() <= view.getMaxY() + 1)
                .as("%s: the focused tile %s lies in the canvas %s", when, tile, view).isTrue();
    }

    private boolean focusedIn(String selector) {
        Node part = window.getScene().lookup(selector);
        return part != null && FocusPart.within(owner(), part);
    }

    private Node owner() {
        return window.getScene().getFocusOwner();
    }

    private Stage others() {
        return Window.getWindows().stream().filter(w -> w != window && w.isShowing() && w instanceof Stage)
                .map(Stage.class::cast).findFirst().orElse(null);
    }
}
