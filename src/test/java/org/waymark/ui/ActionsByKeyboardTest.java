package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
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
import org.waymark.ui.actions.ActionId;
import org.waymark.ui.actions.KeyHelp;

/**
 * Issue 4: every command comes from one registry. The menu bar holds every action once, with its shortcut; the
 * designer's tool bar and the canvas menu run the same actions; F1 and Ctrl+/ open the searchable list of
 * commands and keys, whose Enter runs the chosen command.
 */
@ExtendWith(ApplicationExtension.class)
class ActionsByKeyboardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    private Store store;
    private Stage window;
    private MainWindow main;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new JourneyRepository(store, CLOCK).insert(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
        window = new Stage();
        main = TestDesktop.show(store, CLOCK, window);
    }

    @AfterEach
    void closeWindowAndStore() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void theMenuBarHoldsEveryActionOnceWithItsShortcut(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> !(item instanceof SeparatorMenuItem)).toList();
        assertThat(items).extracting(MenuItem::getId).containsExactlyInAnyOrder(
                java.util.Arrays.stream(ActionId.values()).map(id -> "menu-" + id.key()).toArray(String[]::new));
        for (MenuItem item : items) {
            ActionId id = java.util.Arrays.stream(ActionId.values())
                    .filter(action -> item.getId().equals("menu-" + action.key())).findFirst().orElseThrow();
            assertThat(item.getAccelerator()).as(id.name()).isEqualTo(id.shortcuts().isEmpty() ? null : id.shortcuts().get(0));
        }
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("_File", "_Edit", "_View", "_Help");
    }

    @Test
    void f1ListsTheShortcutsAndEnterRunsTheChosenCommand(FxRobot robot) {
        robot.clickOn("#journey-search");
        robot.push(KeyCode.F1);
        Window overlay = overlay(robot);
        assertThat(overlay.getScene().getFocusOwner().getId()).isEqualTo("shortcut-search");
        robot.targetWindow(overlay);
        robot.write("show contacts", 0);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<KeyHelp> list = robot.from(overlay.getScene().getRoot()).lookup("#shortcut-list").queryListView();
        assertThat(list.getSelectionModel().getSelectedItem().action()).isEqualTo(ActionId.SHOW_CONTACTS);
        Label count = robot.from(overlay.getScene().getRoot()).lookup("#shortcut-count").queryAs(Label.class);
        assertThat(count.getText()).startsWith("1 of ");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(overlay.isShowing()).isFalse();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("contacts-tab");

        robot.push(KeyCode.CONTROL, KeyCode.SLASH);
        Window again = overlay(robot);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.isShowing()).isFalse();
    }

    @Test
    void theToolBarRunsTheSameActionsAndSaysTheirShortcuts(FxRobot robot) {
        robot.doubleClickOn("New York white paper nurture");
        Button undo = robot.lookup("#undo-button").queryButton();
        assertThat(undo.isDisabled()).isTrue();
        assertThat(undo.getAccessibleText()).isEqualTo("Undo");
        assertThat(undo.getAccessibleHelp()).isEqualTo("Ctrl+Z: Take back the last edit of the journey");
        robot.clickOn("#tile-offer");
        robot.clickOn("#delete-button");
        assertThat(robot.lookup("#tile-offer").tryQuery()).isEmpty();
        assertThat(undo.getAccessibleText()).startsWith("Undo Delete");
        robot.clickOn(undo);
        Node offer = robot.lookup("#tile-offer").query();
        assertThat(offer).isNotNull();
    }

    @Test
    void ctrlPlusAndMinusScaleTheWholeWindowAndTheThemeIsChosenFromTheOverlay(FxRobot robot) {
        robot.clickOn("#journey-search");
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(main.appearance().scaleProperty().get()).isEqualTo(125);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Text and controls at 125 %");
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(main.appearance().scaleProperty().get()).isEqualTo(110);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(main.appearance().scaleProperty().get()).isEqualTo(100);

        robot.push(KeyCode.F1);
        robot.targetWindow(overlay(robot));
        robot.write("dark", 0);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.appearance().theme()).isEqualTo(org.waymark.ui.appearance.Theme.DARK);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem dark = bar.getMenus().get(2).getItems().stream()
                .filter(item -> "menu-theme-dark".equals(item.getId())).findFirst().orElseThrow();
        assertThat(((javafx.scene.control.CheckMenuItem) dark).isSelected()).isTrue();
    }

    private static Window overlay(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage stage && "Keyboard shortcuts".equals(stage.getTitle()) && w.isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no shortcut overlay"));
    }
}
