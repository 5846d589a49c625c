package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import org.waymark.store.AppSettingsRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.appearance.Theme;
import org.waymark.ui.appearance.UiScale;

/**
 * Themes and UI scale on the real window: the palette and the root font size reach the main scene and every dialog
 * opened later, follow changes while a dialog is open, are restored at start, and at 200 % in a 1280×800 window no
 * text of the toolbox, the Properties pane, the journey settings, the new-email dialog or the template gallery is
 * cut.
 */
@ExtendWith(ApplicationExtension.class)
class AppearanceWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String WHITE_PAPER = "New York white paper nurture";
    private static final String WELCOME = "Welcome series";

    @TempDir
    Path dir;
    private Store store;
    private Stage window;
    private MainWindow main;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        JourneyRepository journeys = new JourneyRepository(store, CLOCK);
        for (String sample : List.of(SampleJourneys.WHITE_PAPER, SampleJourneys.WELCOME)) {
            journeys.insert(SampleJourneys.read(sample));
        }
        window = new Stage();
        main = TestDesktop.show(store, CLOCK, window);
    }

    @AfterEach
    void closeWindowAndStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void darkAtDoubleSizeReachesEveryWindowAndCutsNoText(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            main.appearance().useTheme(Theme.DARK);
            main.appearance().useScale(new UiScale(200));
            window.setWidth(1280);
            window.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertStyledWith(window.getScene(), Theme.DARK, 26);

        List<String> cut = new ArrayList<>();
        assertThat(robot.lookup("#journey-list").tryQuery()).as("no room for the list at 200 %").isEmpty();
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.J); // asked for, it shows all the same
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(WHITE_PAPER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".designer-sidebar").tryQuery()).as("the side panel makes way too").isEmpty();
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(cutIn(robot, sidebarTab(robot, "sidebar-toolbox"), "toolbox"));
        for (String tile : List.of("offer", "clicked-download", "pause", "lead")) {
            selectTile(robot, tile);
            cut.addAll(cutIn(robot, sidebarTab(robot, "sidebar-properties"), "properties of " + tile));
        }
        selectTile(robot, "offer");
        sidebarTab(robot, "sidebar-properties");
        robot.clickOn("#property-new-email");
        Window newEmail = waitForDialog();
        assertStyledWith(newEmail.getScene(), Theme.DARK, 26);
        cut.addAll(cutIn(robot, newEmail.getScene().getRoot(), "new email dialog"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog() == null);

        // At 200 % the journey list shows three journeys; the demo's own come first, so find the one wanted.
        robot.clickOn("#journey-search").write("Welcome");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(WELCOME);
        WaitForAsyncUtils.waitForFxEvents();
        selectTile(robot, "ab");
        cut.addAll(cutIn(robot, sidebarTab(robot, "sidebar-properties"), "properties of ab"));
        cut.addAll(cutIn(robot, sidebarTab(robot, "sidebar-settings"), "journey settings"));

        robot.clickOn("#journey-search");
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        Window gallery = waitForDialog();
        assertStyledWith(gallery.getScene(), Theme.DARK, 26);
        cut.addAll(cutIn(robot, gallery.getScene().getRoot(), "template gallery"));

        robot.interact(() -> main.appearance().useTheme(Theme.HIGH_CONTRAST));
        WaitForAsyncUtils.waitForFxEvents();
        assertStyledWith(gallery.getScene(), Theme.HIGH_CONTRAST, 26);
        assertStyledWith(window.getScene(), Theme.HIGH_CONTRAST, 26);
        robot.type(KeyCode.ESCAPE);

        assertThat(cut).as("texts cut at 200 %%:%n%s", String.join(System.lineSeparator(), cut)).isEmpty();
    }

    @Test
    void theRememberedLookIsRestoredAndTheCanvasGrowsWithTheScale(FxRobot robot) {
        AppSettingsRepository settings = new AppSettingsRepository(store);
        settings.put("appearance.theme", "HIGH_CONTRAST");
        settings.put("appearance.scale", "150");
        robot.interact(window::close);
        robot.interact(() -> {
            window = new Stage();
            main = TestDesktop.show(store, CLOCK, window);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertStyledWith(window.getScene(), Theme.HIGH_CONTRAST, 19.5);

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.J); // at 150 % the list makes way until asked for
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(WHITE_PAPER);
        WaitForAsyncUtils.waitForFxEvents();
        Node surface = robot.lookup(".canvas-surface").query();
        assertThat(surface.getLocalToParentTransform().getMxx()).isEqualTo(1.5);
        robot.interact(() -> main.appearance().actualSize());
        assertThat(surface.getLocalToParentTransform().getMxx()).isEqualTo(1.0);
        assertThat(settings.get("appearance.scale")).contains("100");
    }

    /** The scene ends with the theme's palette and the root font size sheet, and a button shows in that size. */
    private void assertStyledWith(Scene scene, Theme theme, double fontSize) {
        assertThat(main.appearance().stylesheetsProperty().get()).first().isEqualTo(theme.stylesheetUrl());
        assertThat(scene.getStylesheets()).endsWith(main.appearance().stylesheetsProperty().get().toArray(String[]::new));
        assertThat(scene.getStylesheets()).filteredOn(url -> url.contains("/theme-")).hasSize(1);
        Button button = (Button) scene.getRoot().lookupAll(".button").stream()
                .filter(b -> b instanceof Button && b.getStyleClass().size() == 1).findFirst().orElseThrow();
        assertThat(button.getFont().getSize()).as("font size of " + button.getText()).isEqualTo(fontSize);
    }

    private static List<String> cutIn(FxRobot robot, Node root, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> CutText.in(root).forEach(line -> cut.add(where + ": " + line)));
        return cut;
    }

    private Window waitForDialog() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return dialog();
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w != window && w.isShowing() && w instanceof Stage)
                .findFirst().orElse(null);
    }

    private void selectTile(FxRobot robot, String id) {
        Node tile = robot.lookup("#tile-" + id).query();
        robot.interact(tile::requestFocus);
    }

    /** Shows the sidebar tab {@code id}; its content. */
    private static Node sidebarTab(FxRobot robot, String id) {
        TabPane sidebar = robot.lookup(".designer-sidebar").queryAs(TabPane.class);
        robot.interact(() -> sidebar.getSelectionModel().select(sidebar.getTabs().stream()
                .filter(tab -> id.equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return sidebar.getSelectionModel().getSelectedItem().getContent();
    }
}
