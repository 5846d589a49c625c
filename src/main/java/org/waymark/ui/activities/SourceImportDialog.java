package org.waymark.ui.activities;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.source.ColumnType;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.files.FilePicker;
import org.waymark.ui.files.FileRequest;
import org.waymark.ui.files.FileRequest.FileKind;
import org.waymark.ui.files.PickedFile;
import org.waymark.model.source.DataSource;
import org.waymark.model.source.SourceColumn;
import org.waymark.model.source.SourcePreview;

/**
 * Import a CSV file as a data source: the file, a name, the detected delimiter, header and encoding (editable), the
 * inferred column types (editable), the first rows, then Import with a progress bar; Cancel stops a running import
 * and nothing is written. The logic is in {@link SourceImportViewModel}.
 */
public final class SourceImportDialog {

    public static final ButtonType IMPORT = new ButtonType("Import", ButtonData.OK_DONE);
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1252"), StandardCharsets.UTF_16);

    private final FilePicker files;

    public SourceImportDialog(FilePicker files) {
        this.files = files;
    }

    /** Shows the dialog for {@code file} (null: the user picks one first); the imported source, or empty. */
    public Optional<DataSource> show(Window owner, SourceImportViewModel model, Path file) {
        Dialog<DataSource> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import data source");
        dialog.setHeaderText("Import a CSV file as a data source table");
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        dialog.setResizable(true);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(IMPORT);
        importButton.disableProperty().bind(model.canImportBinding().not());
        importButton.setAccessibleHelp("Import every row; a bad row stops the import and nothing is written");
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importNow(source -> {
                dialog.setResult(source);
                dialog.close();
            });
        });
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.runningProperty().get()) {
                e.consume();
                model.cancel();
            }
        });

        TextField path = new TextField();
        path.setId("import-path");
        path.setPromptText("Type or paste a file's path, or choose one");
        path.setAccessibleText("Path of the CSV file");
        HBox.setHgrow(path, javafx.scene.layout.Priority.ALWAYS);
        model.fileProperty().addListener((obs, old, chosen) -> path.setText(chosen == null ? "" : chosen.toString()));
        Runnable typed = () -> {
            String text = path.getText().strip();
            if (!text.isEmpty() && (model.fileProperty().get() == null
                    || !model.fileProperty().get().toString().equals(text))) {
                model.choose(Path.of(text));
            }
        };
        path.setOnAction(e -> {
            e.consume();
            typed.run();
        });
        path.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                typed.run();
            }
        });
        Button choose = new Button("_Choose file…");
        choose.setId("import-choose");
        choose.setAccessibleText("Choose the CSV file to import");
        choose.setOnAction(e -> pick(dialog.getDialogPane().getScene().getWindow()).ifPresent(model::choose));
        HBox fileRow = new HBox(8, path, choose);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("import-name");
        name.setAccessibleText("Data source name");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label nameProblem = new Label();
        nameProblem.getStyleClass().add(StyleClass.Hooks.ACTIVITIES_PROBLEM);
        nameProblem.textProperty().bind(Bindings.createStringBinding(model::nameProblem, model.nameProperty()));

        ComboBox<Character> delimiter = new ComboBox<>();
        delimiter.setId("import-delimiter");
        delimiter.setAccessibleText("Delimiter");
        delimiter.getItems().setAll(',', ';', '\t', '|');
        delimiter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character c) {
                return c == null ? "" : c == '\t' ? "Tab" : c == ',' ? "Comma (,)" : c == ';' ? "Semicolon (;)"
                        : "Pipe (|)";
            }

            @Override
            public Character fromString(String s) {
                return null;
            }
        });
        delimiter.valueProperty().bindBidirectional(model.delimiterProperty());
        CheckBox header = new CheckBox("First row holds the column names");
        header.setId("import-header");
        header.selectedProperty().bindBidirectional(model.headerProperty());
        ComboBox<Charset> encoding = new ComboBox<>();
        encoding.setId("import-encoding");
        encoding.setAccessibleText("Encoding");
        encoding.getItems().setAll(ENCODINGS);
        encoding.valueProperty().bindBidirectional(model.encodingProperty());
        delimiter.setOnAction(e -> model.reread());
        header.setOnAction(e -> model.reread());
        encoding.setOnAction(e -> model.reread());
        CheckBox replace = new CheckBox("Replace a data source of the same name");
        replace.setId("import-replace");
        replace.selectedProperty().bindBidirectional(model.replaceProperty());
        HBox format = new HBox(8, new Label("Delimiter"), delimiter, new Label("Encoding"), encoding, header);
        format.setAlignment(Pos.CENTER_LEFT);

        HBox types = new HBox(8);
        types.setId("import-types");
        ScrollPane typeScroll = new ScrollPane(types);
        typeScroll.setFitToHeight(true);
        typeScroll.setPrefViewportHeight(56);
        TableView<List<String>> rows = new TableView<>();
        rows.setId("import-preview");
        rows.setAccessibleText("First rows of the file");
        rows.setPrefHeight(220);
        model.previewProperty().addListener((obs, old, preview) -> showPreview(preview, model, rows, types));

        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.visibleProperty().bind(model.runningProperty());
        progress.setAccessibleText("Importing");
        Label done = new Label();
        done.setId("import-rows-done");
        done.textProperty().bind(model.rowsDoneBinding());
        Label problem = new Label();
        problem.setId("import-problem");
        problem.getStyleClass().add(StyleClass.Hooks.ACTIVITIES_PROBLEM);
        WrappedText.wrap(problem);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps to as many lines as it needs
        problem.textProperty().bind(model.problemProperty());

        VBox content = new VBox(8, fileRow, new Label("Name in the store"), name, nameProblem, format, replace,
                new Label("Column types"), typeScroll, new Label("First rows"), rows, new HBox(8, progress, done),
                problem);
        content.setPrefWidth(760);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> null);
        if (file != null) {
            model.choose(file);
        }
        dialog.setOnShown(e -> Platform.runLater(() -> (file == null ? path : name).requestFocus()));
        return dialog.showAndWait();
    }

    private static void showPreview(SourcePreview preview, SourceImportViewModel model, TableView<List<String>> rows,
                                    HBox types) {
        rows.getColumns().clear();
        types.getChildren().clear();
        if (preview == null) {
            rows.getItems().clear();
            return;
        }
        List<SourceColumn> columns = preview.columns();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(columns.get(i).label());
            column.setCellValueFactory(cell -> new SimpleStringProperty(index < cell.getValue().size()
                    ? cell.getValue().get(index) : ""));
            rows.getColumns().add(column);
            ComboBox<ColumnType> type = new ComboBox<>();
            type.getItems().setAll(ColumnType.values());
            type.setValue(model.types().get(i));
            type.setId("import-type-" + columns.get(i).name());
            type.setAccessibleText("Type of column " + columns.get(i).label());
            type.setOnAction(e -> model.setType(index, type.getValue()));
            VBox box = new VBox(2, new Label(columns.get(i).label()), type);
            types.getChildren().add(box);
        }
        rows.getItems().setAll(preview.rows());
    }

    private Optional<Path> pick(Window owner) {
        return files.open(owner, FileRequest.of("Choose a CSV file", FileKind.of("CSV files", "*.csv", "*.txt", "*.tsv"),
                FileKind.of("All files", "*.*"))).map(PickedFile::path);
    }
}
