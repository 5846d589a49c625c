package org.waymark.ui;

import static org.waymark.ui.actions.ActionId.*;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import org.waymark.ui.actions.ActionBinding;
import org.waymark.ui.actions.ActionId;
import org.waymark.ui.actions.ActionRegistry;
import org.waymark.ui.appearance.Appearance;
import org.waymark.ui.appearance.Theme;
import org.waymark.ui.canvas.JourneyCanvasViewModel;
import org.waymark.ui.edit.EditActions;
import org.waymark.ui.journeys.JourneyActions;
import org.waymark.ui.simulation.Simulations;
import org.waymark.ui.window.PanelLayout;
import org.waymark.ui.window.PanelLayout.Panel;

/**
 * Binds the window's actions, group by group, to the view models that carry them out and to when they may run.
 * Edits of tiles only run while the designer shows, so that a shortcut never changes a journey the user cannot see.
 */
final class WindowActions {

    private final ActionRegistry registry;

    WindowActions(ActionRegistry registry) {
        this.registry = registry;
    }

    /** {@code showOpened} runs after Open has opened a journey: the keyboard goes on to its canvas. */
    void bindFile(JourneyActions journeys, Runnable showOpened, Runnable exportPicture, Runnable quit) {
        BooleanExpression selected = journeys.nothingSelected().not();
        BooleanExpression open = journeys.nothingOpen().not();
        registry.bind(NEW_JOURNEY, journeys::newJourney)
                .bind(OPEN_JOURNEY, () -> {
                    journeys.openSelected();
                    if (open.get()) {
                        showOpened.run();
                    }
                }, selected)
                .bind(SAVE, journeys::save, open)
                .bind(SAVE_AS, journeys::saveAs, open)
                .bind(IMPORT, journeys::importFile)
                .bind(EXPORT, journeys::exportFile, open)
                .bind(EXPORT_PICTURE, exportPicture, open)
                .bind(DELETE_JOURNEY, journeys::deleteSelected, selected)
                .bind(QUIT, quit);
    }

    /** Go live…: while a journey is open. */
    void bindGoLive(Runnable goLive, ObservableBooleanValue journeyOpen) {
        registry.bind(GO_LIVE, goLive, BooleanExpression.booleanExpression(journeyOpen));
    }

    /** Simulate… and Simulate again: while a journey is open and no simulation runs. */
    void bindSimulation(Simulations simulations) {
        registry.bind(SIMULATE, simulations::simulate, simulations.canSimulate())
                .bind(SIMULATE_AGAIN, simulations::simulateAgain, simulations.canSimulateAgain());
    }

    void bindEdit(EditActions edits, ObservableBooleanValue designerShowing, Runnable addTile) {
        BooleanExpression showing = BooleanExpression.booleanExpression(designerShowing);
        BooleanExpression selection = showing.and(edits.hasSelectionProperty());
        BooleanExpression journey = showing.and(edits.hasJourneyProperty());
        registry.bind(UNDO, ActionBinding.of(edits::undo, showing.and(edits.canUndoProperty()))
                        .withLabel(edits.undoTextProperty()))
                .bind(REDO, ActionBinding.of(edits::redo, showing.and(edits.canRedoProperty()))
                        .withLabel(edits.redoTextProperty()))
                .bind(CUT, edits::cut, selection)
                .bind(COPY, edits::copy, selection)
                .bind(PASTE, edits::paste, showing.and(edits.canPasteProperty()))
                .bind(DUPLICATE, edits::duplicate, selection)
                .bind(DELETE_TILES, edits::delete, selection)
                .bind(SELECT_ALL, edits::selectAll, journey)
                .bind(ADD_TILE, addTile, journey);
    }

    void bindView(JourneyCanvasViewModel canvas, ObservableBooleanValue journeyOpen, Runnable zoomToFit,
                  Runnable showJourney, Runnable showContacts, Runnable showActivities, Runnable showEmails,
                  Runnable showContent) {
        registry.bind(SHOW_JOURNEY, showJourney)
                .bind(SHOW_CONTACTS, showContacts)
                .bind(SHOW_ACTIVITIES, showActivities)
                .bind(SHOW_EMAILS, showEmails)
                .bind(SHOW_CONTENT, showContent)
                .bind(ZOOM_IN, canvas::zoomIn, journeyOpen)
                .bind(ZOOM_OUT, canvas::zoomOut, journeyOpen)
                .bind(ZOOM_ACTUAL, canvas::resetZoom, journeyOpen)
                .bind(ZOOM_FIT, zoomToFit, journeyOpen);
    }

    /**
     * View ▸ Journey list and Side panel: each shows or hides its panel, checked while it shows; the status line says
     * so when a panel goes because the window has no room for it.
     */
    void bindPanels(PanelLayout panels, Consumer<String> status, Consumer<Panel> shownByUser) {
        Map<ActionId, Panel> toggles = Map.of(TOGGLE_JOURNEY_LIST, Panel.JOURNEY_LIST, TOGGLE_SIDE_PANEL, Panel.SIDE_PANEL);
        toggles.forEach((id, panel) -> registry.bind(id, ActionBinding.of(() -> {
            panels.toggle(panel);
            status.accept(id.plainLabel() + (panels.shownProperty(panel).get() ? " shown" : " hidden"));
            if (panels.isShown(panel)) {
                shownByUser.accept(panel);
            }
        }).withSelected(panels.shownProperty(panel))));
        toggles.forEach((id, panel) -> panels.shownProperty(panel).addListener((obs, was, now) -> {
            if (!now && panels.isChosen(panel)) {
                status.accept(id.plainLabel() + " hidden to give the window room; " + id.shortcutText() + " shows it");
            }
        }));
    }

    /** Binds an action that brings a tab forward. */
    void bindShow(ActionId action, Runnable show) {
        registry.bind(action, show);
    }

    void bindHelp(Runnable showShortcuts) {
        registry.bind(KEYBOARD_SHORTCUTS, showShortcuts);
    }

    /** Theme and UI scale: View ▸ Larger / Smaller / Normal size and the three themes, each said in the status bar. */
    void bindAppearance(Appearance appearance, Consumer<String> status) {
        Runnable sayScale = () -> status.accept("Text and controls at " + appearance.scaleProperty().get() + " %");
        registry.bind(LARGER_UI, () -> {
            appearance.larger();
            sayScale.run();
        }, appearance.canGrowProperty());
        registry.bind(SMALLER_UI, () -> {
            appearance.smaller();
            sayScale.run();
        }, appearance.canShrinkProperty());
        registry.bind(ACTUAL_UI, () -> {
            appearance.actualSize();
            sayScale.run();
        }, appearance.canShrinkProperty());
        Map<ActionId, Theme> themes = Map.of(LIGHT_THEME, Theme.LIGHT,
                DARK_THEME, Theme.DARK, HIGH_CONTRAST_THEME, Theme.HIGH_CONTRAST);
        themes.forEach((id, theme) -> registry.bind(id, ActionBinding.of(() -> {
            appearance.useTheme(theme);
            status.accept(theme.label() + " theme");
        }).withSelected(Bindings.equal(theme, appearance.themeProperty()))));
    }
}
