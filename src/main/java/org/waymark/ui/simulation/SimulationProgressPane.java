package org.waymark.ui.simulation;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.WrappedText;

/**
 * The small card over the canvas while a simulation runs: what it is doing, a progress bar and Cancel (Escape
 * anywhere in the card). It shows only while the run does; the rest of the window keeps working meanwhile.
 */
public final class SimulationProgressPane extends VBox {

    private final Button cancel = new Button("Cancel");

    public SimulationProgressPane(SimulationRunViewModel run) {
        getStyleClass().add(StyleClass.SIMULATION_PROGRESS);
        setId("simulation-progress");
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText("Simulation running");
        Label title = new Label("Simulating…");
        title.getStyleClass().add(StyleClass.SIMULATION_PROGRESS_TITLE);
        ProgressBar bar = new ProgressBar();
        bar.setId("simulation-progress-bar");
        bar.progressProperty().bind(run.progressProperty());
        bar.setAccessibleText("Simulation progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label message = new Label();
        message.setId("simulation-progress-message");
        message.getStyleClass().add(StyleClass.SIMULATION_PROGRESS_MESSAGE);
        message.textProperty().bind(run.messageProperty());
        WrappedText.wrap(message);
        cancel.setId("simulation-cancel");
        cancel.setAccessibleText("Cancel the simulation");
        cancel.setAccessibleHelp("Escape; nothing is saved");
        cancel.setOnAction(e -> run.cancel());
        HBox row = new HBox(10, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, row, message);
        setSpacing(6);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                run.cancel();
                e.consume();
            }
        });
        visibleProperty().bind(run.runningProperty());
        managedProperty().bind(visibleProperty());
    }

    /** The keyboard to Cancel, so that Escape or Space stops the run. */
    public void focusCancel() {
        cancel.requestFocus();
    }

    /** True when the keyboard is somewhere in this card. */
    public boolean hasFocusWithin() {
        return getScene() != null && getScene().getFocusOwner() != null
                && (getScene().getFocusOwner() == this || isAncestorOf(getScene().getFocusOwner()));
    }

    private boolean isAncestorOf(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (at == this) {
                return true;
            }
        }
        return false;
    }
}
