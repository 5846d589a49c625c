package org.waymark.ui.properties;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.waymark.ui.appearance.StyleClass;

/**
 * Quick-create of a marketing email: a name and a subject. "Create" asks the store; when it refuses (no name,
 * a name that is taken) the reason shows under the name and the dialog stays open with what was typed.
 * The result is the new email's name.
 */
final class NewEmailDialog extends Dialog<String> {

    NewEmailDialog(NewEmailViewModel model, Window owner) {
        initOwner(owner);
        setTitle("New email");
        setHeaderText("Create a draft marketing email for this tile");
        TextField name = new TextField();
        name.setId("new-email-name");
        name.setPromptText("e.g. Spring offer");
        TextField subject = new TextField();
        subject.setId("new-email-subject");
        subject.setPromptText("The subject line; empty uses the name");
        Field nameField = Field.of("Name", name, "The name of the new email, unique in this store");
        Field subjectField = Field.of("Subject", subject, "The subject line recipients see; empty uses the name");
        VBox form = new VBox(10, nameField, subjectField);
        getDialogPane().setContent(form);
        getDialogPane().getStylesheets().add(PropertiesPane.STYLESHEET);
        getDialogPane().getStyleClass().add(StyleClass.PROPERTIES_DIALOG);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Button createButton = (Button) getDialogPane().lookupButton(create);
        String[] created = new String[1];
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            Checked<String> result = model.create(name.getText(), subject.getText());
            if (result.isValid()) {
                created[0] = result.value();
            } else {
                nameField.error(result.problem());
                name.requestFocus();
                e.consume();
            }
        });
        name.textProperty().addListener((o, before, now) -> nameField.clear());
        setResultConverter(button -> button == create ? created[0] : null);
        Platform.runLater(name::requestFocus);
    }
}
