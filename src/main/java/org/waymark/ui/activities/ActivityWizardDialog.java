package org.waymark.ui.activities;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.ui.appearance.StyleClass;

/**
 * The activity wizard: one step at a time (the step's page comes from {@link WizardPages}), Back and Next, and on
 * the last step Save or Save and create activities. The dialog says which step it is on and what is missing; its
 * result is the definition and whether to create the activities now.
 */
public final class ActivityWizardDialog {

    public static final ButtonType BACK = new ButtonType("Back", ButtonData.BACK_PREVIOUS);
    public static final ButtonType NEXT = new ButtonType("Next", ButtonData.NEXT_FORWARD);
    public static final ButtonType SAVE = new ButtonType("Save", ButtonData.APPLY);
    public static final ButtonType SAVE_AND_RUN = new ButtonType("Save and create activities", ButtonData.OK_DONE);

    /** What the wizard ended with. */
    public record Outcome(ActivityDefinition definition, boolean createActivities) {
    }

    /** True when {@code target} is in a drop-down list that is open: Enter then picks from the list. */
    private static boolean openList(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof ComboBoxBase<?> box && box.isShowing()) {
                return true;
            }
        }
        return false;
    }

    public Optional<Outcome> show(Window owner, ActivityWizardViewModel model) {
        Dialog<Outcome> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New activity");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(BACK, NEXT, SAVE, SAVE_AND_RUN, ButtonType.CANCEL);
        Button back = (Button) dialog.getDialogPane().lookupButton(BACK);
        Button next = (Button) dialog.getDialogPane().lookupButton(NEXT);
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        Button saveAndRun = (Button) dialog.getDialogPane().lookupButton(SAVE_AND_RUN);
        back.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.back();
        });
        next.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.next();
        });

        Label problem = new Label();
        problem.setId("wizard-problem");
        problem.getStyleClass().add(StyleClass.Hooks.ACTIVITIES_PROBLEM);
        WrappedText.wrap(problem);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps to as many lines as it needs
        VBox page = new VBox();
        WizardPages pages = new WizardPages(model);
        Runnable refresh = () -> {
            String why = model.problem();
            problem.setText(why);
            problem.setAccessibleText(why.isEmpty() ? null : "Missing: " + why);
            boolean last = model.stepProperty().get() == WizardStep.REVIEW;
            back.setDisable(model.stepProperty().get() == WizardStep.TABLE);
            next.setDisable(last || !why.isEmpty());
            save.setVisible(last);
            saveAndRun.setVisible(last);
            next.setDefaultButton(!last);
            saveAndRun.setDefaultButton(last);
        };
        pages.onChange(refresh);
        model.stepProperty().addListener((obs, old, step) -> {
            dialog.setHeaderText(step.heading());
            Node shown = pages.page(step);
            page.getChildren().setAll(shown);
            refresh.run();
            // the review has nothing to edit: the keyboard waits on Save and create activities, Enter takes it
            Platform.runLater(() -> {
                if (step == WizardStep.REVIEW) {
                    saveAndRun.requestFocus();
                } else {
                    pages.focusFirst(shown);
                }
            });
        });
        model.keyCheckProperty().addListener((obs, old, check) -> refresh.run());
        model.keyCheckFailureProperty().addListener((obs, old, why) -> refresh.run());
        dialog.setHeaderText(WizardStep.TABLE.heading());
        page.getChildren().setAll(pages.page(WizardStep.TABLE));
        refresh.run();
        VBox content = new VBox(10, page, problem);
        content.setPrefSize(620, 420);
        dialog.getDialogPane().setContent(content);
        // Enter goes on from any field or list, as in a text field: Next, or on the last step Save and create
        content.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.getTarget() instanceof Button || openList(e.getTarget())) {
                return;
            }
            Button go = model.stepProperty().get() == WizardStep.REVIEW ? saveAndRun : next;
            e.consume();
            if (!go.isDisabled()) {
                go.fire();
            }
        });
        dialog.setOnShown(e -> Platform.runLater(() -> pages.focusFirst(page.getChildren().get(0))));
        dialog.setResultConverter(button -> button == SAVE || button == SAVE_AND_RUN
                ? new Outcome(model.definition(), button == SAVE_AND_RUN) : null);
        return dialog.showAndWait();
    }
}
