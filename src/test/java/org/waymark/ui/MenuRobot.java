package org.waymark.ui;

import com.sun.javafx.scene.control.ContextMenuContent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fires menu items the way a user does: opens the menu by clicking its title in the menu bar (or right-clicking
 * the node that owns a context menu), then clicks the item's row in the menu's pop-up, so that the menu's own skin
 * handles the click (a check item is toggled by the skin before its action runs, which {@code MenuItem#fire()}
 * would skip).
 */
final class MenuRobot {

    private final FxRobot robot;

    MenuRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens {@code menu} of the menu bar in {@code window} and clicks {@code item}. */
    void clickInMenuBar(Window window, Menu menu, MenuItem item) throws TimeoutException {
        Node title = robot.from(window.getScene().getRoot()).lookup(".menu-bar .menu").queryAll().stream()
                .filter(n -> n instanceof MenuButton b && menu.getText().equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu " + menu.getText() + " in the menu bar"));
        robot.clickOn(title);
        clickItem(item);
    }

    /**
     * Opens {@code owner}'s context menu, by a right click where the platform turns it into a context-menu request,
     * else by Shift+F10 on {@code owner} (headless JavaFX makes no such request of a click), and clicks {@code item}.
     */
    void clickInContextMenu(Node owner, MenuItem item) throws TimeoutException {
        robot.rightClickOn(owner);
        WaitForAsyncUtils.waitForFxEvents();
        if (row(item).isEmpty()) {
            robot.interact(owner::requestFocus);
            robot.push(KeyCode.SHIFT, KeyCode.F10);
        }
        clickItem(item);
    }

    private void clickItem(MenuItem item) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(item).isPresent());
        robot.clickOn(row(item).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The row that shows {@code item} in a menu pop-up now showing. */
    private static Optional<Node> row(MenuItem item) {
        List<Window> popups = List.copyOf(Window.getWindows());
        return popups.stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".menu-item").stream())
                .filter(n -> n instanceof ContextMenuContent.MenuItemContainer row && row.getItem() == item)
                .findFirst();
    }

    /** The windows other than {@code main} and menu pop-ups that show now: dialogs an item opened. */
    static List<Stage> dialogs(Window main) {
        return List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != main && w.isShowing() && w instanceof Stage).map(Stage.class::cast).toList();
    }
}
