package org.waymark.ui.engagement;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.waymark.ui.appearance.StyleClass;

/**
 * The Messages view of the Emails tab: the filter bar, the emails list and Show more; Enter or a double click opens
 * the selected message's detail in place of the list, Esc or Back returns to the list with the same row selected.
 * Logic lives in {@link MessagesViewModel}.
 */
public final class MessagesView extends StackPane {

    private final MessagesViewModel model;
    private final MessagesTable table;
    private final MessagesFilterBar filters;
    private final VBox list;
    private final MessageDetailView detail;
    private boolean loaded;

    public MessagesView(MessagesViewModel model) {
        this.model = model;
        setId("messages-view");
        setPadding(new Insets(4, 12, 12, 12));
        filters = new MessagesFilterBar(model);
        table = new MessagesTable(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("messages-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.accessibleTextProperty().bind(model.summaryProperty());
        Button more = new Button("Show _more");
        more.setId("messages-more");
        more.setAccessibleText("Show the next 100 messages");
        more.disableProperty().bind(model.moreProperty().not());
        more.setOnAction(e -> model.showMore());
        HBox foot = new HBox(12, summary, more);
        foot.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Enter or double-click opens a message; Esc comes back.");
        hint.getStyleClass().add(StyleClass.MUTED);
        list = new VBox(8, filters, table, foot, hint);
        list.setPadding(new Insets(8, 0, 0, 0));

        detail = new MessageDetailView(model.detail(), this::back);
        detail.setVisible(false);
        getChildren().addAll(list, detail);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        detail.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                back();
                e.consume();
            }
        });
        model.detail().showingProperty().addListener((obs, was, showing) -> {
            list.setVisible(!showing);
            detail.setVisible(showing);
        });
    }

    /** Loads the list the first time the view is shown. */
    public void activate() {
        if (!loaded) {
            loaded = true;
            model.reload();
        }
    }

    /** Puts the keyboard on the list (or on the detail when a message is open). */
    public void focusFirst() {
        if (detail.isVisible()) {
            detail.focusFirst();
        } else {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(0);
            }
        }
    }

    private void openSelected() {
        MessageRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.open(row);
            detail.focusFirst();
        }
    }

    private void back() {
        model.detail().close();
        table.requestFocus();
    }
}
