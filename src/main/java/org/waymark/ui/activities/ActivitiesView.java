package org.waymark.ui.activities;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.WrappedText;
import org.waymark.ui.window.ButtonRow;
import org.waymark.ui.files.FilePicker;
import org.waymark.model.source.DataSource;
import org.waymark.ui.tables.TableColumns;

/**
 * The Activities tab: imported data sources (Import CSV…) above, activity definitions below with search, New
 * activity… (the wizard), Rename…, Delete…, Show or hide in the timeline, and Run activities. Logic lives in
 * {@link ActivitiesViewModel}, {@link SourceImportViewModel} and {@link ActivityWizardViewModel}; the store work of all
 * three runs in the view models.
 */
public final class ActivitiesView extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final ActivitiesViewModel model;
    private final FilePicker files;
    private final TableView<ActivityRow> table = new TableView<>();
    private boolean loaded;

    public ActivitiesView(ActivitiesViewModel model, FilePicker files) {
        this.files = files;
        this.model = model;
        getStyleClass().add(StyleClass.Hooks.ACTIVITIES_VIEW);
        setId("activities-view");

        TableView<DataSource> sources = new TableView<>(model.sources());
        sources.setId("source-table");
        sources.setAccessibleText("Data sources");
        sources.setPlaceholder(new Label("No data source yet: Import CSV… turns a file into a table."));
        org.waymark.ui.tables.FittedColumns.install(sources);
        sources.getColumns().add(TableColumns.text("Name", DataSource::name, 140));
        sources.getColumns().add(TableColumns.text("File", DataSource::fileName, 170));
        sources.getColumns().add(TableColumns.text("Rows", s -> String.format("%,d", s.rowCount()), 90));
        sources.getColumns().add(TableColumns.text("Columns", s -> s.columns().stream().map(c -> c.name())
                .collect(Collectors.joining(", ")), 260));
        sources.getColumns().add(TableColumns.text("Imported", s -> WHEN.format(s.importedAt()), 140));
        sources.getStyleClass().add(StyleClass.DATA_SOURCES_TABLE); // a few rows at any scale: the tab scrolls
        Button importCsv = button("_Import CSV…", "activities-import", "Import a CSV file as a data source");
        importCsv.setOnAction(e -> importSource(null));
        Button deleteSource = button("Delete _source…", "activities-delete-source",
                "Delete the selected data source and its table; not while an activity reads it");
        deleteSource.disableProperty().bind(sources.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        deleteSource.setOnAction(e -> Optional.ofNullable(sources.getSelectionModel().getSelectedItem())
                .ifPresent(this::deleteSource));

        TextField search = new TextField();
        search.setId("activity-search");
        search.getStyleClass().add(StyleClass.Hooks.FOCUS_ENTRY);
        search.setPromptText("Search activities");
        search.setAccessibleText("Search activities by name, source or type");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        table.setId("activity-table");
        table.setAccessibleText("Activities");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No activity yet: New activity… maps a data source to the timeline."));
        org.waymark.ui.tables.FittedColumns.install(table);
        table.getColumns().add(TableColumns.text("Name", ActivityRow::name, 180));
        table.getColumns().add(TableColumns.text("Source table", ActivityRow::source, 150));
        table.getColumns().add(TableColumns.text("Type", ActivityRow::type, 140));
        table.getColumns().add(TableColumns.text("In timeline", ActivityRow::inTimelineText, 100));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getStyleClass().add(StyleClass.ACTIVITIES_TABLE);

        Button create = button("_New activity…", "activities-new", "Define an activity with the wizard");
        create.setOnAction(e -> newActivity());
        Button rename = button("_Rename…", "activities-rename", "Rename the selected activity");
        rename.setOnAction(e -> selected().ifPresent(this::rename));
        Button delete = button("_Delete…", "activities-delete", "Delete the selected activity and its timeline entries");
        delete.setOnAction(e -> selected().ifPresent(this::delete));
        Button toggle = button("Show or _hide", "activities-toggle", "Show the selected activity in the timeline, or hide it");
        toggle.setOnAction(e -> selected().ifPresent(row -> model.showInTimeline(row.name(), !row.inTimeline())));
        for (Button needsRow : new Button[] {rename, delete, toggle}) {
            needsRow.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                    .or(model.busyProperty()));
        }
        Button run = button("R_un activities", "activities-run", "Put every activity's rows on the timelines; "
                + "running again adds no duplicates");
        run.setOnAction(e -> model.runAll());
        run.disableProperty().bind(model.busyProperty());

        Label message = new Label();
        message.setId("activities-message");
        WrappedText.wrap(message);
        message.textProperty().bind(model.messageProperty());

        setSpacing(8);
        setPadding(new Insets(12));
        getChildren().addAll(heading("Data sources"), row(importCsv, deleteSource), sources, heading("Activities"),
                row(search, create, rename, delete, toggle, run), table, message);
    }

    /** Puts the keyboard focus on Import CSV…, the first control. */
    public void focusFirst() {
        lookup("#activities-import").requestFocus();
    }

    /** Loads the lists the first time the tab is shown. */
    public void activate() {
        if (!loaded) {
            loaded = true;
            model.refresh();
        }
    }

    /** Opens the import dialog on {@code file} (null: the user chooses one). */
    public void importSource(Path file) {
        new SourceImportDialog(files).show(getScene().getWindow(), model.importing(), file)
                .ifPresent(model::imported);
    }

    /** Opens the activity wizard. */
    public void newActivity() {
        new ActivityWizardDialog().show(getScene().getWindow(), model.wizard())
                .ifPresent(outcome -> model.save(outcome.definition(), outcome.createActivities()));
    }

    private void deleteSource(DataSource source) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, String.format("Its table of %,d rows goes too; "
                + "import the file again to bring it back.", source.rowCount()), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setTitle("Delete data source");
        confirm.setHeaderText("Delete the data source \"" + source.name() + "\"?");
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.deleteSource(source.name()));
    }

    private void rename(ActivityRow row) {
        TextInputDialog ask = new TextInputDialog(row.name());
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Rename activity");
        ask.setHeaderText("Rename the activity \"" + row.name() + "\"");
        ask.getEditor().setAccessibleText("New name");
        ask.showAndWait().ifPresent(name -> model.rename(row.name(), name).ifPresent(problem -> {
            Alert refused = new Alert(Alert.AlertType.WARNING, problem, ButtonType.OK);
            refused.initOwner(getScene().getWindow());
            refused.setTitle("Rename activity");
            refused.showAndWait();
        }));
    }

    private void delete(ActivityRow row) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Its entries leave every timeline. The data source "
                + "stays.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setTitle("Delete activity");
        confirm.setHeaderText("Delete the activity \"" + row.name() + "\"?");
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.delete(row.name()));
    }

    private Optional<ActivityRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(StyleClass.PANE_TITLE);
        return label;
    }

    private static ButtonRow row(javafx.scene.Node... nodes) {
        ButtonRow row = new ButtonRow(nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(String text, String id, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleHelp(help);
        return button;
    }
}
