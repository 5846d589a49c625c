package org.waymark.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.content.AssetKind;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSummary;
import org.waymark.ui.content.AssetRow;

/**
 * A walk through every main view of the window and the dialogs that open headless, as a user reaches them, for the
 * audits that must see them all (accessibility, clipped text). The store needs the demo workspace and the white
 * paper and welcome journeys. At each view the visitor is handed the window's root; at each dialog, the dialog's,
 * which the tour closes afterwards with Escape.
 */
public final class ViewTour {

    public static final String WHITE_PAPER = "New York white paper nurture";
    public static final String WELCOME = "Welcome series";

    /** What the tour shows a visitor. */
    public interface Visitor {
        void view(String name, Parent root);
    }

    private final FxRobot robot;
    private final Stage window;
    private final Visitor visitor;

    public ViewTour(FxRobot robot, Stage window, Visitor visitor) {
        this.robot = robot;
        this.window = window;
        this.visitor = visitor;
    }

    /** The views in the order a user meets them; returns how many were shown to the visitor. */
    public void walk() throws TimeoutException {
        // at 200 % the window has no room for the journey list: shown when asked for (Ctrl+Shift+J) and hidden again
        boolean roomless = robot.lookup("#journey-list").tryQuery().isEmpty();
        listAsked(roomless, true);
        view("journey list");
        robot.doubleClickOn(WHITE_PAPER);
        WaitForAsyncUtils.waitForFxEvents();
        listAsked(roomless, false);
        view("canvas");
        if (robot.lookup(".designer-sidebar").tryQuery().isEmpty()) { // at 200 % it makes way for the canvas too
            robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
            WaitForAsyncUtils.waitForFxEvents();
        }
        sidebarTab("sidebar-toolbox");
        view("toolbox");
        sidebarTab("sidebar-settings");
        view("settings");
        robot.push(KeyCode.F5);
        dialog("simulation dialog");
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog() != null);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#simulation-funnel").tryQuery()
                .map(Node::isVisible).orElse(false));
        view("simulation data");

        for (String tile : List.of("offer", "clicked-download", "pause")) {
            selectTile(tile);
            view("properties of " + tile);
        }
        selectTile("offer");
        robot.clickOn("#property-new-email");
        dialog("new email dialog");

        listAsked(roomless, true);
        robot.clickOn("#journey-search").write("Welcome");
        robot.doubleClickOn(WELCOME);
        WaitForAsyncUtils.waitForFxEvents();
        listAsked(roomless, false);
        selectTile("ab");
        view("properties of ab");
        listAsked(roomless, true);
        robot.interact(() -> robot.lookup("#journey-search").queryTextInputControl().clear());

        robot.clickOn("#journey-search");
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        dialog("template gallery");
        robot.clickOn("#journey-delete");
        dialog("delete confirmation");
        robot.push(KeyCode.F1);
        dialog("keyboard shortcuts");
        listAsked(roomless, false);

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> people = robot.lookup("#contact-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !people.getItems().isEmpty());
        robot.interact(() -> people.getSelectionModel().select(0));
        ListView<?> timeline = robot.lookup("#timeline-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !timeline.getItems().isEmpty());
        view("contacts and timeline");
        robot.clickOn("#contact-import");
        dialog("contact import dialog");
        robot.clickOn("#contact-open");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#contact-subscriptions").tryQuery()
                .map(n -> !((Parent) n).getChildrenUnmodifiable().isEmpty()).orElse(false));
        dialog("contact form");
        robot.clickOn("#timeline-more-filters");
        view("timeline filters");
        robot.clickOn("#people-accounts");
        TableView<?> accounts = robot.lookup("#account-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !accounts.getItems().isEmpty());
        robot.interact(() -> accounts.getSelectionModel().select(0));
        view("accounts");
        robot.clickOn("#account-open");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#account-contacts").queryListView()
                .getItems().isEmpty());
        dialog("account form");
        robot.clickOn("#people-contacts");

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        view("activities");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        TableView<?> emails = robot.lookup("#email-results").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !emails.getItems().isEmpty());
        robot.interact(() -> emails.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        view("emails");
        robot.clickOn("#email-messages-tab");
        TableView<?> messages = robot.lookup("#email-messages").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !messages.getItems().isEmpty());
        view("email messages");
        robot.interact(() -> messages.getSelectionModel().select(0));
        robot.clickOn("#email-messages").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#message-history").queryTableView()
                .getItems().isEmpty());
        view("email message detail");

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
        TableView<?> content = robot.lookup("#content-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !content.getItems().isEmpty());
        robot.interact(() -> content.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#content-subject").tryQuery().isPresent());
        view("content: email editor and preview");
        robot.interact(() -> content.getSelectionModel().select(content.getItems().indexOf(content.getItems().stream()
                .filter(r -> ((AssetRow) r).kind() == AssetKind.MARKETING_FORM).findFirst().orElseThrow())));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#content-fields-add").tryQuery().isPresent());
        view("content: form editor");

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        @SuppressWarnings("unchecked")
        ListView<Object> segments = (ListView<Object>) (ListView<?>) robot.lookup("#segment-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !segments.getItems().isEmpty());
        Object handPicked = segments.getItems().stream()
                .filter(s -> ((SegmentSummary) s).kind() == SegmentKind.STATIC).findFirst().orElseThrow();
        robot.interact(() -> segments.getSelectionModel().select(handPicked));
        WaitForAsyncUtils.waitForFxEvents();
        view("segment members");
        robot.clickOn("#segment-new-dynamic");
        robot.clickOn(".segment-add-group");
        WaitForAsyncUtils.waitForFxEvents();
        view("segment builder");
    }

    private void view(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> visitor.view(name, window.getScene().getRoot()));
    }

    /** Hands the dialog that is opening to the visitor, then closes it with Escape. */
    private void dialog(String name) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = dialog();
        robot.interact(() -> visitor.view("dialog: " + name, dialog.getScene().getRoot()));
        robot.targetWindow(dialog);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog() == null);
        robot.targetWindow(window);
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w != window && w.isShowing() && w instanceof Stage)
                .findFirst().orElse(null);
    }

    private void selectTile(String id) {
        Node tile = robot.lookup("#tile-" + id).query();
        robot.interact(tile::requestFocus);
        sidebarTab("sidebar-properties");
    }

    private void sidebarTab(String id) {
        TabPane sidebar = robot.lookup(".designer-sidebar").queryAs(TabPane.class);
        robot.interact(() -> sidebar.getSelectionModel().select(sidebar.getTabs().stream()
                .filter(tab -> id.equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows ({@code shown}) or hides the journey list by its keys, when the window keeps it out for want of room. */
    private void listAsked(boolean roomless, boolean shown) {
        if (roomless && robot.lookup("#journey-list").tryQuery().isPresent() != shown) {
            robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.J);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
