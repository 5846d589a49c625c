package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
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
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.actions.ActionId;
import org.waymark.ui.appearance.Theme;

/**
 * Issue 15's smoke test: every item of every menu (the menu bar, the canvas menu, the journey list's menu) and every
 * button of the designer's tool bar and the journey list is fired through the real control, as a user would: the
 * menu opened by a click, the item clicked in its pop-up. No exception may reach the JavaFX thread, and where an
 * item has an effect to see, it shows: a theme item changes the palette and carries the check mark, a View item
 * brings its tab forward, New… and Keyboard shortcuts open their windows, Quit closes the window.
 */
@ExtendWith(ApplicationExtension.class)
class EveryCommandFiresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String WHITE_PAPER = "New York white paper nurture";

    @TempDir
    Path dir;
    private Store store;
    private Stage window;
    private MainWindow main;
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        JourneyRepository journeys = new JourneyRepository(store, CLOCK);
        journeys.insert(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
        journeys.insert(SampleJourneys.read(SampleJourneys.WELCOME));
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> errors.add(error));
        window = new Stage();
        main = TestDesktop.show(store, CLOCK, window);
    }

    @AfterEach
    void closeWindowAndStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void everyMenuItemRunsFromItsMenuWithoutErrorAndShowsItsEffect(FxRobot robot) throws TimeoutException {
        MenuRobot menus = new MenuRobot(robot);
        robot.doubleClickOn(WHITE_PAPER);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Set<String> fired = new LinkedHashSet<>();
        Map<Theme, Paint> palettes = new HashMap<>();
        for (int pass = 0; pass < 2; pass++) { // Paste and Redo may run only after Copy and Undo have
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item instanceof SeparatorMenuItem || fired.contains(item.getId())
                            || item.getId().equals("menu-" + ActionId.QUIT.key())) {
                        continue;
                    }
                    selectSomeTile(robot);
                    if (item.getId().equals("menu-" + ActionId.ACTUAL_UI.key()) && item.isDisable()) {
                        robot.push(KeyCode.SHORTCUT, KeyCode.EQUALS); // Normal size runs only when larger
                    }
                    if (item.isDisable()) {
                        continue;
                    }
                    opened.clear();
                    menus.clickInMenuBar(window, menu, item);
                    if (item.getId().equals("menu-" + ActionId.SIMULATE.key())) {
                        simulate(robot); // so that Simulate again has a simulation to run again
                    }
                    closeWhatOpened(robot);
                    fired.add(item.getId());
                    seeEffect(robot, item, palettes);
                }
            }
        }

        assertThat(errors).as("exceptions on the JavaFX thread").isEmpty();
        assertThat(fired).as("menu items fired").containsExactlyInAnyOrder(Arrays.stream(ActionId.values())
                .filter(id -> id != ActionId.QUIT).map(id -> "menu-" + id.key()).toArray(String[]::new));
        assertThat(palettes).as("palettes of the three themes").hasSize(3);
        assertThat(Set.copyOf(palettes.values())).as("each theme its own palette").hasSize(3);

        MenuItem quit = bar.getMenus().get(0).getItems().stream()
                .filter(item -> ("menu-" + ActionId.QUIT.key()).equals(item.getId())).findFirst().orElseThrow();
        menus.clickInMenuBar(window, bar.getMenus().get(0), quit);
        for (Stage asked : MenuRobot.dialogs(window)) { // unsaved changes: do not save them
            robot.interact(() -> asked.getScene().getRoot().lookupAll(".button").stream()
                    .filter(b -> b instanceof Button button && button.getText().startsWith("Don"))
                    .findFirst().map(Button.class::cast).ifPresent(Button::fire));
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.isShowing());
        assertThat(errors).as("exceptions on the JavaFX thread").isEmpty();
    }

    @Test
    void everyContextMenuItemAndToolButtonRunsWithoutError(FxRobot robot) throws TimeoutException {
        MenuRobot menus = new MenuRobot(robot);
        robot.doubleClickOn(WHITE_PAPER);
        Set<String> fired = new LinkedHashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            for (MenuItem item : canvasMenu(robot)) {
                if (item instanceof SeparatorMenuItem || fired.contains("canvas " + item.getId())) {
                    continue;
                }
                Node tile = selectSomeTile(robot);
                if (!item.isDisable()) {
                    menus.clickInContextMenu(tile, item);
                    closeWhatOpened(robot);
                    fired.add("canvas " + item.getId());
                }
            }
        }
        ListView<?> journeys = robot.lookup("#journey-list").queryListView();
        for (MenuItem item : journeys.getContextMenu().getItems()) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            robot.interact(() -> journeys.getSelectionModel().select(0));
            Node cell = robot.from(journeys).lookup(".list-cell").query();
            if (!item.isDisable()) {
                menus.clickInContextMenu(cell, item);
                closeWhatOpened(robot);
                fired.add("journeys " + item.getId());
            }
        }
        robot.doubleClickOn(WHITE_PAPER);
        List<Node> buttons = new ArrayList<>(robot.lookup(".tool-bar .button").queryAll());
        buttons.addAll(robot.lookup(".journey-buttons .button").queryAll());
        for (Node node : buttons) {
            selectSomeTile(robot);
            if (node.isVisible() && !node.isDisabled()) {
                robot.clickOn(node);
                closeWhatOpened(robot);
                fired.add("button " + node.getId());
            }
        }

        assertThat(errors).as("exceptions on the JavaFX thread").isEmpty();
        assertThat(fired).as("context menu items and buttons fired").contains("canvas menu-cut", "canvas menu-paste",
                "canvas menu-add-tile", "journeys menu-open", "journeys menu-new", "journeys menu-import",
                "button simulate-button", "button zoom-fit-button", "button journey-new");
    }

    /** Runs the simulation whose settings dialog shows, with its settings as they are, and waits for its counts. */
    private void simulate(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !MenuRobot.dialogs(window).isEmpty());
        Stage settings = MenuRobot.dialogs(window).get(0);
        opened.add(settings.getTitle());
        robot.targetWindow(settings);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#simulation-funnel").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.targetWindow(window);
    }

    /** What each item visibly does, where it does something to see. */
    private void seeEffect(FxRobot robot, MenuItem item, Map<Theme, Paint> palettes) {
        String id = item.getId().substring("menu-".length());
        for (Theme theme : Theme.values()) {
            if (id.equals(themeAction(theme).key())) {
                assertThat(main.appearance().theme()).as(item.getId()).isEqualTo(theme);
                assertThat(((CheckMenuItem) item).isSelected()).as(item.getId() + " checked").isTrue();
                robot.interact(() -> {
                    Region root = (Region) window.getScene().getRoot();
                    root.applyCss();
                    palettes.put(theme, root.getBackground().getFills().get(0).getFill());
                });
            }
        }
        Map<String, String> tabs = Map.of("show-journey", "journey-tab", "show-contacts", "contacts-tab",
                "show-activities", "activities-tab", "show-emails", "emails-tab", "show-content", "content-tab",
                "show-segments", "segments-tab");
        if (tabs.containsKey(id)) {
            TabPane pane = robot.lookup("#main-tabs").queryAs(TabPane.class);
            assertThat(pane.getSelectionModel().getSelectedItem().getId()).as(item.getId()).isEqualTo(tabs.get(id));
            robot.interact(() -> pane.getSelectionModel().select(0));
        }
        if (id.equals(ActionId.NEW_JOURNEY.key())) {
            assertThat(opened).as(item.getId()).contains("New journey");
        }
        if (id.equals(ActionId.KEYBOARD_SHORTCUTS.key())) {
            assertThat(opened).as(item.getId()).contains("Keyboard shortcuts");
        }
    }

    private static ActionId themeAction(Theme theme) {
        return switch (theme) {
            case LIGHT -> ActionId.LIGHT_THEME;
            case DARK -> ActionId.DARK_THEME;
            case HIGH_CONTRAST -> ActionId.HIGH_CONTRAST_THEME;
        };
    }

    private static List<MenuItem> canvasMenu(FxRobot robot) {
        return List.copyOf(robot.lookup(".pipeline-canvas").queryAs(javafx.scene.control.Control.class)
                .getContextMenu().getItems());
    }

    /** Puts the designer forward with its first tile selected and focused; the tile. */
    private Node selectSomeTile(FxRobot robot) {
        TabPane pane = robot.lookup("#main-tabs").queryAs(TabPane.class);
        robot.interact(() -> pane.getSelectionModel().select(0));
        Node tile = robot.lookup(".tile").tryQuery().orElse(null);
        if (tile != null) {
            robot.interact(tile::requestFocus);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return tile;
    }

    /** Closes every dialog the last item opened with Escape, noting their titles. */
    private void closeWhatOpened(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        for (int tries = 0; tries < 5 && !MenuRobot.dialogs(window).isEmpty(); tries++) {
            Stage dialog = MenuRobot.dialogs(window).get(0);
            opened.add(dialog.getTitle());
            robot.targetWindow(dialog);
            robot.push(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.targetWindow(window);
    }
}
