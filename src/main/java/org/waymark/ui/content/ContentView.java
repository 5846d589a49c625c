package org.waymark.ui.content;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.ui.window.WrappedText;
import org.waymark.ui.window.ButtonRow;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.store.content.ContentRepository;
import org.waymark.ui.appearance.StyleClass;

/**
 * The Content tab: the marketing assets (search, kind, New, Delete…) beside the selected one's editor, its notes and
 * refusals, Save, Revert, Publish and Unpublish, and the preview with a chosen contact. Logic lives in
 * {@link ContentViewModel}, {@link AssetEditorModel} and {@link PreviewViewModel}.
 */
public final class ContentView extends SplitPane {

    private final ContentViewModel model;
    private final TableView<AssetRow> table = new TableView<>();
    private boolean loaded;

    public ContentView(ContentViewModel model, PreviewViewModel preview) {
        this.model = model;
        setId("content-view");
        getStylesheets().add(ContentView.class.getResource("/org/waymark/ui/properties.css").toExternalForm());
        getItems().addAll(list(), editor(preview));
        setDividerPositions(0.34);
        org.waymark.ui.edit.SaveKey.install(this, model::save);
    }

    /** The tab as the window builds it: store work on {@code background}, results on the FX thread. */
    /** The names of the assets with unsaved edits. */
    public java.util.List<String> unsavedNames() {
        return model.unsavedNames();
    }

    public static ContentView of(ContentSources sources, java.time.Clock clock, java.util.concurrent.Executor background) {
        return new ContentView(new ContentViewModel(sources.content(), clock, background, Platform::runLater),
                new PreviewViewModel(sources.contacts(), sources.previews(), background, Platform::runLater));
    }

    /** Loads the list the first time the tab is shown. */
    public void activate() {
        if (!loaded) {
            loaded = true;
            model.refresh();
        }
    }

    /** Puts the keyboard on the list. */
    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getFocusModel().focus(0);
        }
    }

    private Node list() {
        TextField search = new TextField();
        search.setId("content-search");
        search.getStyleClass().add(StyleClass.Hooks.FOCUS_ENTRY);
        search.setPromptText("Search content by name");
        search.setAccessibleText("Search content by name");
        search.textProperty().bindBidirectional(model.searchProperty());
        ComboBox<AssetKind> kinds = new ComboBox<>();
        kinds.setId("content-kind");
        kinds.getItems().add(null);
        kinds.getItems().addAll(ContentRepository.KINDS);
        kinds.setConverter(new StringConverter<>() {
            @Override
            public String toString(AssetKind kind) {
                return kind == null ? "All kinds" : AssetRow.kindText(kind);
            }

            @Override
            public AssetKind fromString(String s) {
                return null;
            }
        });
        kinds.valueProperty().bindBidirectional(model.kindFilterProperty());
        kinds.setAccessibleText("Show only one kind of content");
        kinds.setMaxWidth(Double.MAX_VALUE);

        table.setId("content-table");
        table.setAccessibleText("Marketing content: emails, text messages, push notifications, forms, pages, events");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No content matches. New creates a draft."));
        org.waymark.ui.tables.FittedColumns.install(table);
        TableColumn<AssetRow, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new SimpleStringProperty(AssetRow.shortKindText(c.getValue().kind())));
        kind.setPrefWidth(60);
        TableColumn<AssetRow, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().name(),
                c.getValue().summaryProperty()));
        name.setPrefWidth(230);
        TableColumn<AssetRow, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> c.getValue().statusText());
        status.setPrefWidth(100);
        table.getColumns().addAll(java.util.List.of(kind, name, status));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                model.select(row);
            }
        });
        model.selectedProperty().addListener((o, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });

        MenuButton create = new MenuButton("_New");
        create.setId("content-new");
        create.setAccessibleText("New: create a draft email, text message, push notification, form, page or event");
        for (AssetKind k : ContentRepository.KINDS) {
            MenuItem item = new MenuItem(AssetRow.kindText(k));
            item.setId("content-new-" + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> model.create(k));
            create.getItems().add(item);
        }
        Button delete = new Button("_Delete…");
        delete.setId("content-delete");
        delete.setAccessibleText("Delete the selected content after asking");
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> confirmDelete());
        VBox box = new VBox(8, search, kinds, table, new ButtonRow(create, delete));
        box.setPadding(new Insets(12));
        return box;
    }

    private Node editor(PreviewViewModel preview) {
        Label heading = new Label();
        heading.setId("content-heading");
        heading.getStyleClass().add(StyleClass.FIELD_LABEL);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Select content on the left, or create it with New"
                : AssetRow.kindText(model.selectedProperty().get().kind()) + ": "
                        + model.selectedProperty().get().statusText().get(), model.selectedProperty(), model.rows()));
        ScrollPane fields = new ScrollPane();
        fields.setId("content-fields-scroll");
        fields.setFitToWidth(true);
        fields.setFocusTraversable(false);
        VBox.setVgrow(fields, Priority.ALWAYS);
        Label notes = message("content-notes", StyleClass.NOTE);
        Label problems = message("content-problems", StyleClass.ERROR);
        problems.textProperty().bind(model.problemsProperty());
        Label said = message("content-message", StyleClass.NOTE);
        said.textProperty().bind(model.messageProperty());
        Button save = button("_Save", "content-save", "Save the edits of this content");
        save.setOnAction(e -> model.save());
        Button revert = button("Re_vert", "content-revert", "Put back what is stored, losing the edits");
        revert.setOnAction(e -> model.revert());
        Button publish = button("_Publish", "content-publish", "Save and publish: journeys using it may go live");
        publish.setOnAction(e -> model.publish());
        Button unpublish = button("_Unpublish", "content-unpublish", "Make it a draft again");
        unpublish.setOnAction(e -> model.unpublish());
        ButtonRow buttons = new ButtonRow(save, revert, publish, unpublish);
        PreviewPane previewPane = new PreviewPane(preview);
        VBox side = new VBox(8, heading, fields, notes, problems, buttons, said, previewPane);
        side.setPadding(new Insets(12));
        model.editorProperty().addListener((o, old, editor) -> {
            notes.textProperty().unbind();
            preview.assetProperty().unbind();
            unpublish.disableProperty().unbind();
            boolean none = editor == null;
            for (Button b : java.util.List.of(save, revert, publish, unpublish)) {
                b.setDisable(none);
            }
            if (none) {
                fields.setContent(null);
                notes.setText("");
                preview.assetProperty().set(null);
                return;
            }
            fields.setContent(EditorViews.of(editor, model.formNames()));
            notes.textProperty().bind(editor.notesProperty());
            preview.assetProperty().bind(editor.currentProperty());
            unpublish.disableProperty().bind(Bindings.createBooleanBinding(() -> editor.storedProperty().get() == null
                    || editor.storedProperty().get().status() != AssetStatus.PUBLISHED, editor.storedProperty()));
        });
        for (Button b : java.util.List.of(save, revert, publish, unpublish)) {
            b.setDisable(true);
        }
        return side;
    }

    private void confirmDelete() {
        AssetRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Journeys that use it will point at nothing and cannot "
                + "go live until they use another.", ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Delete content");
        ask.setHeaderText("Delete the " + row.kind().label() + " '" + row.name() + "'?");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.OK)).setText("Delete");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.filter(b -> b == ButtonType.OK).isPresent()) {
            model.delete();
            Platform.runLater(table::requestFocus);
        }
    }

    private static Label message(String id, String level) {
        Label label = new Label();
        label.setId(id);
        WrappedText.wrap(label);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.getStyleClass().addAll(StyleClass.FIELD_MESSAGE, level);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Button button(String text, String id, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(text.replace("_", "") + ". " + help);
        return button;
    }
}
