package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
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
import org.waymark.store.AppSettingsRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.ui.window.PanelLayout;
import org.waymark.ui.window.PanelLayout.Panel;

/**
 * Issue 15, finding 5: the canvas gets the room. The journey list and the designer's side panel hide and come back
 * by key, menu and button, remembered between runs; F2 brings the side panel back when it is needed; the side
 * panel's width follows the UI scale both ways.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasRoomTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String WHITE_PAPER = "New York white paper nurture";

    @TempDir
    Path dir;
    private Store store;
    private Stage window;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
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
    void bothPanelsHideAndComeBackAndAreRemembered(FxRobot robot) {
        robot.doubleClickOn(WHITE_PAPER);
        double before = canvasWidth();

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.J);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#journey-list").tryQuery()).as("journey list hidden").isEmpty();
        assertThat(robot.lookup(".designer-sidebar").tryQuery()).as("side panel hidden").isEmpty();
        assertThat(canvasWidth()).as("the canvas takes their room").isGreaterThan(before + 400);
        assertThat(new PanelLayout(new AppSettingsRepository(store)).shownProperty(Panel.JOURNEY_LIST).get())
                .as("remembered for the next start").isFalse();

        robot.push(KeyCode.F2); // the tile's name is asked for: the side panel comes back with it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#property-name").query().isFocused()).isTrue();

        Button show = robot.lookup(".hidden-list-strip .button").queryButton();
        robot.clickOn(show);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#journey-list").tryQuery()).as("journey list back").isPresent();
        assertThat(robot.lookup(".hidden-list-strip").query().isVisible()).isFalse();
        assertThat(org.waymark.ui.window.FocusPart.within(window.getScene().getFocusOwner(),
                robot.lookup("#journey-list").query())).as("a panel the user asked for takes the focus").isTrue();
    }

    @Test
    void theSidePanelWidthFollowsTheUiScaleBothWays(FxRobot robot) {
        robot.doubleClickOn(WHITE_PAPER);
        double normal = sidebarWidth(robot);
        for (int i = 0; i < 8; i++) {
            robot.push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".designer-sidebar").tryQuery()).as("no room for it at 200 %").isEmpty();
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P); // asked for, it shows all the same
        double doubled = sidebarWidth(robot);
        // twice as wide, but no more than 40 % of the designer, or its 22 lines of text (572 pixels) at least
        double room = robot.lookup(".journey-view").query().getLayoutBounds().getWidth();
        assertThat(doubled).as("at 200 %").isBetween(Math.max(572, Math.min(2 * normal, 0.4 * room)) - 12,
                Math.max(572, Math.min(2 * normal, 0.4 * room)) + 12);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sidebarWidth(robot)).as("back at 100 %").isBetween(normal - 2, normal + 2);
    }

    @Test
    void toolBarIconsGrowWithTheText(FxRobot robot) {
        robot.doubleClickOn(WHITE_PAPER);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.J); // room for the tool bar at 200 %
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        double normal = iconWidth(robot);
        for (int i = 0; i < 8; i++) {
            robot.push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        }
        assertThat(iconWidth(robot)).as("an icon at 200 %").isBetween(normal * 1.8, normal * 2.2);
    }

    private static double iconWidth(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#add-tile-button").queryButton().getGraphic().getLayoutBounds().getWidth();
    }

    private double sidebarWidth(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node sidebar = robot.lookup(".designer-sidebar").query();
        return sidebar.getLayoutBounds().getWidth();
    }

    private double canvasWidth() {
        WaitForAsyncUtils.waitForFxEvents();
        return ((ScrollPane) window.getScene().lookup(".pipeline-canvas")).getWidth();
    }
}
