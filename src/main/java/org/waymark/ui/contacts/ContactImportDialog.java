package org.waymark.ui.contacts;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.audience.ContactImportReport;
import org.waymark.model.audience.DuplicatePolicy;
import org.waymark.ui.files.FilePicker;
import org.waymark.ui.files.FileRequest;
import org.waymark.ui.files.FileRequest.FileKind;

/** Import contacts from a CSV file: its path (typed or chosen), what to do with known emails, Import. */
public final class ContactImportDialog {

    public static final ButtonType IMPORT = new ButtonType("Import", ButtonData.OK_DONE);

    private final FilePicker files;

    public ContactImportDialog(FilePicker files) {
        this.files = files;
    }

    public Optional<ContactImportReport> show(Window owner, ContactImportViewModel model) {
        Dialog<ContactImportReport> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import contacts");
        dialog.setHeaderText("Import contacts from a CSV file (email, first name and last name are required)");
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(IMPORT);
        importButton.disableProperty().bind(model.canImportBinding().not());
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importNow(report -> {
                dialog.setResult(report);
                dialog.close();
            });
        });
        TextField path = new TextField();
        path.setId("contact-import-path");
        path.setPromptText("Type or paste a file's path, or choose one");
        path.setAccessibleText("Path of the contacts file");
        path.textProperty().bindBidirectional(model.pathProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button("_Choose file…");
        choose.setAccessibleText("Choose the contacts file");
        choose.setOnAction(e -> {
            files.open(dialog.getDialogPane().getScene().getWindow(),
                    FileRequest.of("Choose a contacts file", FileKind.of("CSV files", "*.csv", "*.txt")))
                    .ifPresent(chosen -> model.pathProperty().set(chosen.path().toString()));
        });
        HBox fileRow = new HBox(8, path, choose);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        RadioButton skip = new RadioButton("Skip rows whose email is already a contact's");
        skip.setId("contact-import-skip");
        RadioButton update = new RadioButton("Update those contacts with the file's values");
        update.setId("contact-import-update");
        skip.setToggleGroup(group);
        update.setToggleGroup(group);
        (model.duplicatesProperty().get() == DuplicatePolicy.UPDATE ? update : skip).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> model.duplicatesProperty()
                .set(now == update ? DuplicatePolicy.UPDATE : DuplicatePolicy.SKIP));
        Label problem = new Label();
        problem.setId("contact-import-problem");
        WrappedText.wrap(problem);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps to as many lines as it needs
        problem.textProperty().bind(model.problemProperty());
        VBox content = new VBox(8, new Label("File"), fileRow, new Label("Known emails"), skip, update,
                new Label("Optional columns: phone, job_title, city, country, account, business_unit, consent."),
                problem);
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> null);
        dialog.setOnShown(e -> Platform.runLater(path::requestFocus));
        return dialog.showAndWait();
    }
}
