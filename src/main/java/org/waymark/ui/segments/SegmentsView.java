package org.waymark.ui.segments;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSummary;
import org.waymark.ui.appearance.StyleClass;

/**
 * The Segments tab: the searchable list of segments and subscription lists on the left, the selected one's query
 * builder or members editor on the right. Leaving a segment with unsaved changes asks first. Logic lives in
 * {@link SegmentsViewModel}.
 */
public final class SegmentsView extends SplitPane {

    private final SegmentsViewModel model;
    private final ListView<SegmentSummary> list = new ListView<>();
    private final SegmentBuilderView builder;
    private final SegmentMembersView members;
    private final StackPane editor = new StackPane();
    private final Label nothing = new Label("Choose a segment, or make a new one.");
    private boolean loaded;
    private boolean reverting;

    public SegmentsView(SegmentsViewModel model) {
        this.model = model;
        setId("segments-view");
        builder = new SegmentBuilderView(model.builder());
        members = new SegmentMembersView(model.members());
        TextField search = new TextField();
        search.setId("segment-search");
        search.getStyleClass().add(StyleClass.Hooks.FOCUS_ENTRY);
        search.setPromptText("Search segments");
        search.setAccessibleText("Search segments by name, kind or description");
        search.textProperty().bindBidirectional(model.search());
        list.setId("segment-list");
        list.setAccessibleText("Segments and subscription lists");
        list.setItems(model.shown());
        list.setPlaceholder(new Label("No segment yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SegmentSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    Label name = new Label(item.name());
                    name.getStyleClass().add(StyleClass.SEGMENT_CELL_NAME);
                    Label kind = new Label(item.kind().label());
                    kind.getStyleClass().add(StyleClass.MUTED);
                    setGraphic(new VBox(1, name, kind));
                }
                setText(null);
                setAccessibleText(empty || item == null ? null : item.name() + ", " + item.kind().noun());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> choose(old, chosen));
        model.selected().addListener((obs, old, now) -> showEditor(now));
        Button newDynamic = button("New _dynamic segment", "segment-new-dynamic", e -> startNew());
        Button newStatic = button("New _static segment", "segment-new-static", e -> create(SegmentKind.STATIC));
        Button newList = button("New subscription _list", "segment-new-list",
                e -> create(SegmentKind.SUBSCRIPTION_LIST));
        Button rename = button("Rena_me…", "segment-rename", e -> rename());
        Button delete = button("Dele_te…", "segment-delete", e -> delete());
        rename.disableProperty().bind(model.selected().isNull());
        delete.disableProperty().bind(model.selected().isNull());
        Label message = new Label();
        WrappedText.wrap(message);
        message.setId("segments-message");
        message.textProperty().bind(model.message());
        FlowPane buttons = new FlowPane(6, 6, newDynamic, newStatic, newList, rename, delete);
        VBox left = new VBox(8, search, list, buttons, message);
        left.setPadding(new Insets(12));
        VBox.setVgrow(list, Priority.ALWAYS);
        nothing.getStyleClass().add(StyleClass.MUTED);
        editor.getChildren().setAll(nothing);
        getItems().addAll(left, org.waymark.ui.window.ScrollWhenShort.around(editor));
        setDividerPositions(0.3);
        left.setMinWidth(240);
    }

    private static Button button(String text, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(action);
        return button;
    }

    /** Reads the segments the first time the tab is shown, and the pickers' names each time. */
    public void activate() {
        if (!loaded) {
            loaded = true;
            model.refresh(0);
        } else {
            model.reloadChoices();
        }
    }

    /** The segment with unsaved changes in the builder, if any. */
    public Optional<String> unsavedSegment() {
        return model.unsavedSegment();
    }

    public void focusList() {
        list.requestFocus();
    }

    private void choose(SegmentSummary old, SegmentSummary chosen) {
        if (reverting || chosen == null || chosen.equals(model.selected().get())) {
            return;
        }
        if (!leaveBuilder()) {
            reverting = true;
            Platform.runLater(() -> {
                list.getSelectionModel().select(old);
                reverting = false;
            });
            return;
        }
        model.builder().dirty().set(false);
        model.open(chosen);
    }

    private void showEditor(SegmentSummary shown) {
        if (shown == null) {
            editor.getChildren().setAll(model.builder().id() == 0 && model.builder().dirty().get() ? builder : nothing);
        } else {
            editor.getChildren().setAll(shown.kind() == SegmentKind.DYNAMIC ? builder : members);
            if (!shown.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(shown);
            }
        }
    }

    private void startNew() {
        if (!leaveBuilder()) {
            return;
        }
        list.getSelectionModel().clearSelection();
        model.newDynamic();
        editor.getChildren().setAll(builder);
        builder.focusName();
    }

    /** True when the builder has no unsaved changes, or the user lets them go. */
    private boolean leaveBuilder() {
        if (!model.builder().dirty().get() || !editor.getChildren().contains(builder)) {
            return true;
        }
        String name = model.builder().name().get().isBlank() ? "the new segment" : model.builder().name().get();
        ButtonType discard = new ButtonType("Discard changes", ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to " + name + " are not saved.", discard,
                keep);
        ask.setTitle("Unsaved segment");
        ask.setHeaderText("Discard the changes to " + name + "?");
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        return ask.showAndWait().filter(discard::equals).isPresent();
    }

    private void create(SegmentKind kind) {
        ask("New " + kind.noun(), "Name of the new " + kind.noun(), "")
                .ifPresent(name -> model.create(kind, name, ""));
    }

    private void rename() {
        SegmentSummary segment = model.selected().get();
        ask("Rename " + segment.name(), "New name", segment.name())
                .ifPresent(name -> model.rename(segment, name));
    }

    private Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        dialog.getEditor().setAccessibleText(prompt);
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        return dialog.showAndWait();
    }

    private void delete() {
        SegmentSummary segment = model.selected().get();
        ButtonType delete = new ButtonType("Delete", ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Its members stay in the store; only the segment goes. A segment still in use is kept.", delete,
                ButtonType.CANCEL);
        ask.setTitle("Delete segment");
        ask.setHeaderText("Delete the " + segment.kind().noun() + " " + segment.name() + "?");
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        ask.showAndWait().filter(delete::equals).ifPresent(b -> model.delete(segment));
    }
}
