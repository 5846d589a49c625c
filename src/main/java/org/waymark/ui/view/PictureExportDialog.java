package org.waymark.ui.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.waymark.ui.canvas.PipelineDrawing;
import org.waymark.ui.files.FilePicker;
import org.waymark.ui.files.FileRequest;
import org.waymark.ui.files.FileRequest.FileKind;
import org.waymark.ui.files.PickedFile;

/**
 * File ▸ Export picture…: asks for the format (PNG or SVG) and, for a PNG, the scale (1×, 2×, 3×), then for
 * the file, and writes it. The file chooser's filter wins when the user switches format there.
 */
public final class PictureExportDialog {

    public static final ButtonType CHOOSE_FILE = new ButtonType("Choose file…", ButtonData.OK_DONE);
    private static final List<Integer> SCALES = List.of(1, 2, 3);

    /** What the first step asked for. */
    public record Choice(PictureFormat format, int scale) {
    }

    private final PictureExport export;
    private final FilePicker files;
    private Choice last = new Choice(PictureFormat.PNG, 2);

    public PictureExportDialog(PictureExport export, FilePicker files) {
        this.export = export;
        this.files = files;
    }

    /**
     * Runs the whole export for the journey {@code journeyName}: {@code content} is the canvas's zoomable node
     * (for PNG) and {@code drawing} its layout (for SVG). Returns the file written, or empty when cancelled
     * or when writing failed (the user was told why).
     */
    public Optional<Path> show(Window owner, String journeyName, Node content, PipelineDrawing drawing) {
        Optional<Choice> choice = ask(owner);
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        last = choice.get();
        FileRequest request = FileRequest.of("Export picture", FileKind.of("PNG image (*.png)", "*.png"),
                        FileKind.of("SVG drawing (*.svg)", "*.svg"))
                .choosing(last.format() == PictureFormat.SVG ? 1 : 0)
                .suggesting(last.format().suggestedFileName(journeyName));
        Optional<PickedFile> picked = files.save(owner, request);
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        Path chosen = picked.get().path();
        PictureFormat format = picked.get().kind() == 1 ? PictureFormat.SVG
                : picked.get().kind() == 0 ? PictureFormat.PNG : PictureFormat.of(chosen);
        Path file = format.withExtension(chosen);
        try {
            if (format == PictureFormat.SVG) {
                export.writeSvg(journeyName, drawing, file);
            } else {
                double used = export.writePng(content, last.scale(), file);
                if (used < last.scale() - 1e-9) {
                    inform(owner, "The picture was made at " + String.format(java.util.Locale.ROOT, "%.1f", used)
                            + "× instead of " + last.scale() + "×: larger would not fit in memory. "
                            + "Export an SVG drawing for a sharp picture of any size.");
                }
            }
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Waymark could not write " + file + ": " + e.getMessage());
            alert.initOwner(owner);
            alert.setHeaderText("The picture was not exported");
            alert.showAndWait();
            return Optional.empty();
        }
    }

    /** The first step alone: format and scale, or empty when cancelled. */
    public Optional<Choice> ask(Window owner) {
        Dialog<Choice> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Export picture");
        dialog.setHeaderText("Export the whole journey as a picture");
        dialog.getDialogPane().getButtonTypes().addAll(CHOOSE_FILE, ButtonType.CANCEL);

        ToggleGroup formats = new ToggleGroup();
        RadioButton png = radio("_PNG image, for slides and documents", "export-png", formats);
        RadioButton svg = radio("_SVG drawing, sharp at any size", "export-svg", formats);
        (last.format() == PictureFormat.SVG ? svg : png).setSelected(true);
        ToggleGroup scales = new ToggleGroup();
        HBox scaleRow = new HBox(12);
        for (int scale : SCALES) {
            RadioButton button = radio("_" + scale + "×", "export-scale-" + scale, scales);
            button.setUserData(scale);
            button.setAccessibleText("Scale " + scale + " times");
            button.setSelected(scale == last.scale());
            scaleRow.getChildren().add(button);
        }
        scaleRow.disableProperty().bind(svg.selectedProperty());
        Label scaleLabel = new Label("Scale:");
        scaleLabel.disableProperty().bind(svg.selectedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(10, 4, 4, 4));
        grid.addRow(0, new Label("Format:"), png);
        grid.add(svg, 1, 1);
        grid.addRow(2, scaleLabel, scaleRow);
        dialog.getDialogPane().setContent(grid);
        // later: a dialog hears of being shown before its window is, and its default button then takes the focus
        dialog.setOnShown(e -> Platform.runLater(() -> (svg.isSelected() ? svg : png).requestFocus()));
        dialog.setResultConverter(button -> button != CHOOSE_FILE ? null
                : new Choice(svg.isSelected() ? PictureFormat.SVG : PictureFormat.PNG,
                        scales.getSelectedToggle() == null ? 1 : (Integer) scales.getSelectedToggle().getUserData()));
        return dialog.showAndWait();
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setMnemonicParsing(true);
        button.setId(id);
        button.setToggleGroup(group);
        return button;
    }

    private static void inform(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.initOwner(owner);
        alert.setHeaderText("The picture is smaller than asked");
        alert.showAndWait();
    }
}
