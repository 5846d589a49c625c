package org.waymark.ui.journeys;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.file.JourneyFileFormat;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.files.FilePicker;
import org.waymark.ui.files.FileRequest;
import org.waymark.ui.files.FileRequest.FileKind;
import org.waymark.ui.files.PickedFile;

/**
 * The questions journey commands ask the user: confirmations, whether to save or restore changes, a new name,
 * files to import or export, and failures.
 */
public final class JourneyDialogs implements ProblemReporter {

    static final ButtonType DELETE = new ButtonType("Delete", ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
    static final ButtonType SAVE = new ButtonType("Save", ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonData.NO);
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonData.OTHER);
    private static final FileKind JOURNEY_FILES = FileKind.of("Waymark journeys (*" + JourneyFileFormat.EXTENSION + ")",
            "*" + JourneyFileFormat.EXTENSION);

    private final Window owner;
    private final FilePicker files;

    public JourneyDialogs(Window owner, FilePicker files) {
        this.owner = owner;
        this.files = files;
    }

    /** Asks whether to delete the journey; Cancel is the default button, so Enter does not delete. */
    public boolean confirmDelete(String journeyName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", DELETE, CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Delete journey");
        alert.setHeaderText("Delete the journey '" + journeyName + "'?");
        alert.setContentText("It is removed from the store. Export it first to keep a copy.");
        Button delete = (Button) alert.getDialogPane().lookupButton(DELETE);
        Button cancel = (Button) alert.getDialogPane().lookupButton(CANCEL);
        delete.setDefaultButton(false);
        cancel.setDefaultButton(true);
        delete.setAccessibleText("Delete '" + journeyName + "'");
        cancel.setAccessibleText("Cancel, keep the journey");
        alert.setOnShown(e -> cancel.requestFocus());
        return alert.showAndWait().filter(DELETE::equals).isPresent();
    }

    /** "Save changes to 'Welcome series'?" with Save (the default), Don't Save and Cancel; closing it cancels. */
    public UnsavedChanges.Answer askSaveChanges(String journeyName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to '" + journeyName + "'?");
        alert.setContentText("If you don't save, your changes to this journey are lost.");
        lookup(alert, SAVE).setAccessibleText("Save the changes to '" + journeyName + "'");
        lookup(alert, DONT_SAVE).setAccessibleText("Don't save, lose the changes");
        lookup(alert, CANCEL).setAccessibleText("Cancel, keep editing");
        ButtonType answer = alert.showAndWait().orElse(CANCEL);
        return answer == SAVE ? UnsavedChanges.Answer.SAVE
                : answer == DONT_SAVE ? UnsavedChanges.Answer.DONT_SAVE : UnsavedChanges.Answer.CANCEL;
    }

    /** "Restore unsaved changes from 4 May 2026, 10:20?" with Restore (the default) and Discard. */
    public boolean askRestore(String journeyName, String savedAt) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RESTORE, DISCARD);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes found");
        alert.setHeaderText("Restore unsaved changes from " + savedAt + "?");
        alert.setContentText("Waymark closed before the changes to '" + journeyName + "' were saved. Restore brings "
                + "them back (Undo takes them away again); Discard keeps the journey as it was last saved.");
        lookup(alert, RESTORE).setAccessibleText("Restore the unsaved changes");
        lookup(alert, DISCARD).setAccessibleText("Discard the unsaved changes");
        return alert.showAndWait().filter(RESTORE::equals).isPresent();
    }

    /** Asks before deleting tiles that take whole paths with them; Cancel is the default. */
    public boolean confirmDeleteTiles(String heading, String detail) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, DELETE, CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Delete tiles");
        alert.setHeaderText(heading);
        Button delete = lookup(alert, DELETE);
        Button cancel = lookup(alert, CANCEL);
        delete.setDefaultButton(false);
        cancel.setDefaultButton(true);
        delete.setAccessibleText(heading.replace("?", ""));
        cancel.setAccessibleText("Cancel, keep the tiles");
        alert.setOnShown(e -> cancel.requestFocus());
        return alert.showAndWait().filter(DELETE::equals).isPresent();
    }

    /** Asks for the name of the copy Save As makes; empty when cancelled. */
    public Optional<String> askNewName(String currentName) {
        TextInputDialog dialog = new TextInputDialog(currentName + " (copy)");
        dialog.initOwner(owner);
        dialog.setTitle("Save as");
        dialog.setHeaderText("Save '" + currentName + "' as a new journey named:");
        dialog.getEditor().setAccessibleText("Name of the new journey");
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    private static Button lookup(Alert alert, ButtonType type) {
        return (Button) alert.getDialogPane().lookupButton(type);
    }

    public Optional<Path> chooseImportFile() {
        return files.open(owner, FileRequest.of("Import a journey", JOURNEY_FILES)).map(PickedFile::path);
    }

    public Optional<Path> chooseExportFile(String suggestedName) {
        return files.save(owner, FileRequest.of("Export the journey", JOURNEY_FILES).suggesting(suggestedName))
                .map(PickedFile::path).map(JourneyDialogs::withExtension);
    }

    /** Shows a failure: what failed as the header, why as the text. Never a stack trace. */
    @Override
    public void report(String heading, String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Waymark");
        alert.setHeaderText(heading);
        Label text = new Label(detail);
        WrappedText.wrap(text);
        text.setMaxWidth(520);
        text.getStyleClass().add(StyleClass.PROBLEM_DETAIL);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(JourneyFileFormat.EXTENSION) ? file
                : file.resolveSibling(name.replaceFirst("\\.json$", "") + JourneyFileFormat.EXTENSION);
    }
}
