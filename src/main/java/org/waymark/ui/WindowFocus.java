package org.waymark.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.waymark.ui.canvas.JourneyView;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.journeys.JourneyListView;
import org.waymark.ui.window.FocusPart;

/**
 * Where the keyboard focus goes in the main window. F6 and Shift+F6, from anywhere, go round the journey list and
 * the parts of the tab shown (in the designer: toolbox, canvas, properties). A journey that opens (new, imported or
 * opened) and Ctrl+1 put the focus on its canvas, ready for the first key; with no journey open, Ctrl+1 goes to the
 * journey list.
 */
final class WindowFocus {

    private final MainTabs tabs;
    private final JourneyView designer;
    private final ObservableValue<EditSession> sessions;
    /** The journey list, once built: it is built from the actions, which are bound to this. */
    private JourneyListView journeys;

    WindowFocus(MainTabs tabs, JourneyView designer, ObservableValue<EditSession> sessions) {
        this.tabs = tabs;
        this.designer = designer;
        this.sessions = sessions;
    }

    /** F6 and Shift+F6 on {@code scene}, taken before any control sees them, going round {@code list} too. */
    void install(Scene scene, JourneyListView list) {
        this.journeys = list;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F6 && !e.isShortcutDown() && !e.isAltDown()) {
                FocusPart.next(parts(), scene.getFocusOwner(), e.isShiftDown()).focus().run();
                e.consume();
            }
        });
    }

    /** From now on, every journey that opens takes the focus to its canvas. */
    void followOpenedJourneys() {
        sessions.addListener((obs, old, session) -> {
            if (session != null) {
                tabs.showJourney();
                toCanvas();
            }
        });
    }

    /** Ctrl+1: the designer, the focus on its canvas (on the journey list while no journey is open). */
    void showJourney() {
        tabs.showJourney();
        if (sessions.getValue() == null && journeys != null && journeys.getScene() != null) {
            journeys.focusList();
        } else {
            toCanvas();
        }
    }

    /** The focus to the open journey's selected tile (or its first), once the events now queued have run. */
    void toCanvas() {
        Platform.runLater(designer.canvas()::focusSelectionOrFirst);
    }

    /**
     * A panel shown by the user's asking takes the focus, as a tab brought forward by its key does: the journey list
     * its list, the side panel the part it shows (toolbox or properties).
     */
    void panelShown(org.waymark.ui.window.PanelLayout.Panel panel) {
        Platform.runLater(() -> {
            if (panel == org.waymark.ui.window.PanelLayout.Panel.JOURNEY_LIST) {
                if (journeys != null && journeys.getScene() != null) {
                    journeys.focusList();
                }
            } else if (tabs.journeyTab().isSelected() && sessions.getValue() != null) {
                designer.focusSidePanel();
            }
        });
    }

    /** The parts F6 goes round now, in order. */
    List<FocusPart> parts() {
        List<FocusPart> parts = new ArrayList<>();
        if (journeys != null && journeys.getScene() != null) { // not while hidden
            parts.add(new FocusPart("Journeys", node -> FocusPart.within(node, journeys), journeys::focusList));
        }
        parts.addAll(tabs.journeyTab().isSelected() ? designer.focusParts() : tabs.focusParts());
        return parts;
    }
}
