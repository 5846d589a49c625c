package org.waymark.ui.contacts;

import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.audience.FieldProblem;
import org.waymark.ui.appearance.StyleClass;

/**
 * A record's form as a dialog: the title follows the record, Save (the default button, so Enter in a field saves)
 * is enabled while there is something valid to save, the problems show under the form with their fields marked,
 * and a refused save keeps the dialog open with the focus on the first bad field. Cancel, Escape or closing the window
 * with unsaved changes asks first; Keep editing leaves the form as it is.
 */
final class FormDialog {

    static final ButtonType SAVE = new ButtonType("Save", ButtonData.OK_DONE);

    private FormDialog() {
    }

    /** Shows {@code form} for {@code model}; the result is the saved record's id, empty when cancelled. */
    static Optional<Long> show(Window owner, FormModel model, String id, String header, FormGrid form, Control first) {
        Dialog<Long> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.titleProperty().bind(model.titleProperty());
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().setId(id);

        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.getStyleClass().add(StyleClass.FORM_PROBLEM);
        WrappedText.wrap(problem);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemTextBinding());
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.disableProperty().bind(model.canSaveBinding().not());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(savedId -> {
                dialog.setResult(savedId);
                dialog.close();
            });
        });
        model.problems().addListener((ListChangeListener<FieldProblem>) c -> {
            form.markProblems(model::problemOf);
            Control bad = form.firstWithProblem(model::problemOf);
            if (bad != null && save.isFocused()) {
                bad.requestFocus();
            }
        });
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setPrefViewportHeight(430);
        VBox content = new VBox(10, scroll, problem);
        content.getStyleClass().add(StyleClass.FORM_DIALOG_CONTENT); // as wide as 43 lines of text are tall, at any scale
        dialog.getDialogPane().setContent(content);
        boolean[] letGo = {false};
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            letGo[0] = letGo[0] || !model.dirtyProperty().get() || discard(dialog);
            if (!letGo[0]) {
                e.consume();
            }
        });
        dialog.setOnCloseRequest(e -> {
            letGo[0] = letGo[0] || dialog.getResult() != null || !model.dirtyProperty().get() || discard(dialog);
            if (!letGo[0]) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> null);
        dialog.setOnShown(e -> Platform.runLater(first::requestFocus));
        return dialog.showAndWait();
    }

    /** Asks whether to let the unsaved changes go; true for Discard changes. */
    private static boolean discard(Dialog<Long> dialog) {
        ButtonType discard = new ButtonType("Discard changes", ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "What you changed in this form has not been saved.",
                discard, keep);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Discard the changes?");
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        return ask.showAndWait().filter(discard::equals).isPresent();
    }
}
