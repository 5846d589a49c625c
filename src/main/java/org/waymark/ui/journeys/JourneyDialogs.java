package org.waymark.ui.journeys;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.waymark.model.file.JourneyFileFormat;

/** The questions journey commands ask the user: confirmations, files to import or export, and failures. */
public final class JourneyDialogs implements ProblemReporter {

    static final ButtonType DELETE = new ButtonType("Delete", ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
    private static final FileChooser.ExtensionFilter JOURNEY_FILES =
            new FileChooser.ExtensionFilter("Waymark journeys (*" + JourneyFileFormat.EXTENSION + ")",
                    "*" + JourneyFileFormat.EXTENSION);

    private final Window owner;
    private File lastFolder;

    public JourneyDialogs(Window owner) {
        this.owner = owner;
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

    public Optional<Path> chooseImportFile() {
        FileChooser chooser = chooser("Import a journey");
        File file = chooser.showOpenDialog(owner);
        return remember(file);
    }

    public Optional<Path> chooseExportFile(String suggestedName) {
        FileChooser chooser = chooser("Export the journey");
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return remember(file).map(JourneyDialogs::withExtension);
    }

    /** Shows a failure: what failed as the header, why as the text. Never a stack trace. */
    @Override
    public void report(String heading, String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Waymark");
        alert.setHeaderText(heading);
        Label text = new Label(detail);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add("problem-detail");
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(JourneyFileFormat.EXTENSION) ? file
                : file.resolveSibling(name.replaceFirst("\\.json$", "") + JourneyFileFormat.EXTENSION);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(JOURNEY_FILES);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
