package org.waymark.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.journey.JourneySummary;
import org.waymark.model.tile.TileType;
import org.waymark.ui.canvas.InsertionAnchor;
import org.waymark.ui.canvas.PipelineLayout;
import org.waymark.ui.edit.EditSession;

/**
 * What a user does in the journey designer, done with the mouse and keyboard through TestFX, and counted: drags
 * from the toolbox onto the canvas, clicks, and key presses (a typed character or a shortcut chord is one).
 * Controls are found by node id or style class; points on the canvas are computed from the insertion anchors of
 * the open journey's layout (the same {@link PipelineLayout} the canvas draws) and mapped to the screen through the
 * canvas surface, so they follow zoom and scrolling.
 */
final class DesignerGestures {

    private static final long WAIT_SECONDS = 5;

    private final FxRobot robot;
    private final Supplier<EditSession> session;
    private int drags;
    private int clicks;
    private int keys;

    DesignerGestures(FxRobot robot, Supplier<EditSession> session) {
        this.robot = robot;
        this.session = session;
    }

    /** Opens a journey as a user does: a double click on its row in the journey list. */
    void openFromList(String journeyName) {
        openFromList("named '" + journeyName + "'", journey -> journey.name().equals(journeyName));
    }

    /** Opens the one journey of the list that {@code which} accepts, with a double click on its row. */
    void openFromList(String description, Predicate<JourneySummary> which) {
        List<ListCell<?>> rows = robot.lookup(".journey-cell").queryAllAs(ListCell.class).stream()
                .<ListCell<?>>map(c -> c).filter(c -> c.isVisible() && !c.isEmpty())
                .filter(c -> c.getItem() instanceof JourneySummary journey && which.test(journey)).toList();
        assertState(rows.size() == 1, rows.size() + " rows of the journey list show the journey " + description);
        robot.doubleClickOn(rows.get(0), MouseButton.PRIMARY);
        clicks += 2;
    }

    /** Drags a new tile of {@code type} from the toolbox and drops it on the insertion marker of {@code at}. */
    void dragNewTile(TileType type, InsertionPoint at) {
        startDrag(type).dropTo(anchorOnScreen(at));
    }

    /** Presses on the toolbox entry of {@code type}, drags it over {@code at} and stays there, still pressed. */
    void dragNewTileOver(TileType type, InsertionPoint at) {
        startDrag(type).moveTo(anchorOnScreen(at));
    }

    /** Releases the mouse where it is (ends a drag). */
    void drop() {
        robot.drop();
    }

    private FxRobot startDrag(TileType type) {
        showSidebarTab("sidebar-toolbox");
        Node entry = toolboxEntry(type);
        drags++;
        return robot.drag(entry, MouseButton.PRIMARY);
    }

    /** Clicks the tab of the designer's side panel with this id (sidebar-toolbox, -properties, -settings). */
    void showSidebarTab(String tabId) {
        TabPane sidebar = robot.lookup(".designer-sidebar").queryAs(TabPane.class);
        Tab selected = sidebar.getSelectionModel().getSelectedItem();
        if (selected != null && tabId.equals(selected.getId())) {
            return;
        }
        Node header = sidebar.lookupAll(".tab").stream().filter(n -> tabId.equals(n.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no side panel tab " + tabId));
        click(header);
        assertState(tabId.equals(sidebar.getSelectionModel().getSelectedItem().getId()), "tab " + tabId + " not shown");
    }

    /** Shows the Properties tab and clicks into the text field with this id, then types {@code text}. */
    void typeInto(String fieldId, String text) {
        showSidebarTab("sidebar-properties");
        click(robot.lookup("#" + fieldId).query());
        write(text);
    }

    /** Types text into whatever has the focus; one key press per character. */
    void write(String text) {
        robot.write(text, 0);
        keys += text.length();
    }

    /**
     * Picks {@code choice} from the combo box with this id in the Properties tab: opens its list with the arrow
     * (or, with {@code typed}, narrows the list by typing that into it, as searchable pickers allow) and clicks the
     * entry.
     */
    void pick(String comboId, String typed, String choice) {
        showSidebarTab("sidebar-properties");
        ComboBox<?> box = robot.lookup("#" + comboId).queryComboBox();
        if (typed != null) {
            click(box.getEditor());
            write(typed);
        } else if (box.isEditable()) {
            click(box.lookup(".arrow-button"));
        } else {
            click(box);
        }
        click(popupEntry(choice));
    }

    /**
     * Presses a chord with the platform's shortcut key (Ctrl, or ⌘ on a Mac): one key press. The keys go through
     * the same robot as {@code FxRobot.push}, which waits for the FX thread after every press and release; here it
     * is waited for once, after the chord, which is all a test reading the journey afterwards needs.
     */
    void shortcut(KeyCode key) {
        BaseRobot keyboard = robot.robotContext().getBaseRobot();
        KeyCode modifier = System.getProperty("os.name", "").startsWith("Mac") ? KeyCode.COMMAND : KeyCode.CONTROL;
        keyboard.pressKeyboard(modifier);
        keyboard.pressKeyboard(key);
        keyboard.releaseKeyboard(key);
        keyboard.releaseKeyboard(modifier);
        keys++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    void click(Node node) {
        robot.clickOn(node, MouseButton.PRIMARY);
        clicks++;
    }

    /** How many gestures were made so far. */
    Tally tally() {
        return new Tally(drags, clicks, keys);
    }

    /** A count of gestures: drags from the toolbox, mouse clicks (a double click is two) and key presses. */
    record Tally(int drags, int clicks, int keys) {

        @Override
        public String toString() {
            return drags + " drags, " + clicks + " clicks and " + keys + " key presses";
        }
    }

    /** Where the canvas draws the insertion marker of {@code at} in the open journey, on the screen. */
    Point2D anchorOnScreen(InsertionPoint at) {
        InsertionAnchor anchor = new PipelineLayout().layout(session.get().journey().pipeline()).anchor(at)
                .orElseThrow(() -> new AssertionError("the canvas has no insertion marker for " + at));
        Node surface = robot.lookup(".canvas-surface").query();
        Node canvas = robot.lookup(".pipeline-canvas").query();
        Point2D point = surface.localToScreen(anchor.center().x(), anchor.center().y());
        Bounds visible = canvas.localToScreen(canvas.getLayoutBounds());
        assertState(visible.contains(point), "the marker of " + at + " at " + point + " is out of sight " + visible);
        return point;
    }

    /**
     * The toolbox entry for {@code type}, wholly in sight: the list is paged, by clicking its scroll bar's track,
     * when the entry is below or above what the toolbox shows. (The wheel is no use headless: Monocle turns a notch
     * into a one-pixel scroll, in the opposite direction to the one TestFX asks for.)
     */
    private Node toolboxEntry(TileType type) {
        ListView<?> list = robot.lookup("#toolbox-list").queryListView();
        int wanted = list.getItems().indexOf(type);
        assertState(wanted >= 0, type + " is not in the toolbox");
        for (int attempt = 0; attempt < 20; attempt++) {
            Bounds shown = list.localToScreen(list.getLayoutBounds());
            List<ListCell<?>> cells = list.lookupAll(".toolbox-cell").stream().filter(n -> n instanceof ListCell<?>)
                    .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> c.isVisible() && !c.isEmpty()).toList();
            Optional<ListCell<?>> entry = cells.stream().filter(c -> c.getIndex() == wanted)
                    .filter(c -> contains(shown, c.localToScreen(c.getLayoutBounds()))).findFirst();
            if (entry.isPresent()) {
                return entry.get();
            }
            int firstShown = cells.stream().filter(c -> contains(shown, c.localToScreen(c.getLayoutBounds())))
                    .map(ListCell::getIndex).min(Comparator.naturalOrder()).orElse(0);
            pageToolbox(list, wanted < firstShown);
        }
        throw new AssertionError("the toolbox entry for " + type + " never came into sight");
    }

    /** Clicks the track of the list's scroll bar above or below its thumb: a page up or down. */
    private void pageToolbox(ListView<?> list, boolean up) {
        ScrollBar bar = list.lookupAll(".scroll-bar").stream().filter(ScrollBar.class::isInstance)
                .map(ScrollBar.class::cast).filter(b -> b.getOrientation() == Orientation.VERTICAL && b.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("the toolbox cannot scroll"));
        Bounds track = bar.lookup(".track").localToScreen(bar.lookup(".track").getLayoutBounds());
        Bounds thumb = bar.lookup(".thumb").localToScreen(bar.lookup(".thumb").getLayoutBounds());
        double y = up ? (track.getMinY() + thumb.getMinY()) / 2 : (thumb.getMaxY() + track.getMaxY()) / 2;
        robot.clickOn(new Point2D(track.getCenterX(), y), MouseButton.PRIMARY);
        clicks++;
    }

    /** The entry showing {@code text} in the list of the combo box that is open now. */
    private Node popupEntry(String text) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> openPopupEntry(text).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the open list shows no entry '" + text + "'", e);
        }
        return openPopupEntry(text).orElseThrow();
    }

    private Optional<ListCell<?>> openPopupEntry(String text) {
        return robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .<ListCell<?>>map(c -> c)
                .filter(c -> c.getScene() != null && c.getScene().getWindow().isShowing())
                .filter(c -> c.isVisible() && !c.isEmpty() && text.equals(c.getText()))
                .findFirst();
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return outer.contains(inner.getMinX(), inner.getMinY()) && outer.contains(inner.getMaxX(), inner.getMaxY());
    }

    private static void assertState(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }
}
