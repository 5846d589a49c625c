package org.waymark.ui.engagement;

import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.waymark.model.engagement.MessageSort;
import org.waymark.model.engagement.MessageState;
import org.waymark.ui.appearance.StyleClass;

/** Search, status, sent from/to and sort controls above the emails list, each labelled for screen readers. */
final class MessagesFilterBar extends FlowPane {

    private final TextField search = new TextField();

    MessagesFilterBar(MessagesViewModel model) {
        super(10, 6);
        setAlignment(Pos.CENTER_LEFT);
        search.setId("message-search");
        search.getStyleClass().add(StyleClass.Hooks.FOCUS_ENTRY);
        search.setPromptText("Email or recipient");
        search.setAccessibleText("Search messages by email name, recipient or address");
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.searchProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> model.applySearch());
        search.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                model.applySearch();
            }
        });

        ComboBox<MessageState> status = new ComboBox<>(FXCollections.observableArrayList(MessageState.values()));
        status.getItems().add(0, null);
        status.setId("message-status");
        status.setAccessibleText("Status filter");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(MessageState s) {
                return s == null ? "Any status" : s.label();
            }

            @Override
            public MessageState fromString(String text) {
                return null;
            }
        });
        status.setButtonCell(new StateCell());
        status.setCellFactory(list -> new StateCell());
        status.valueProperty().bindBidirectional(model.stateProperty());

        DatePicker from = new DatePicker();
        from.setId("message-sent-from");
        from.setAccessibleText("Sent on or after");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.sentFromProperty());
        DatePicker to = new DatePicker();
        to.setId("message-sent-to");
        to.setAccessibleText("Sent on or before");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.sentToProperty());

        ComboBox<MessageSort> sort = new ComboBox<>(FXCollections.observableArrayList(MessageSort.values()));
        sort.setId("message-sort");
        sort.setAccessibleText("Sort messages by");
        sort.setConverter(new StringConverter<>() {
            @Override
            public String toString(MessageSort s) {
                return s == null ? "" : s.heading();
            }

            @Override
            public MessageSort fromString(String text) {
                return null;
            }
        });
        sort.valueProperty().bindBidirectional(model.sortProperty());
        CheckBox descending = new CheckBox("_Descending");
        descending.setId("message-descending");
        descending.setAccessibleText("Sort descending (newest or largest first)");
        descending.selectedProperty().bindBidirectional(model.descendingProperty());

        getChildren().addAll(labelled("_Search:", search), labelled("S_tatus:", status),
                labelled("Sent _from:", from), labelled("t_o:", to), labelled("Sort _by:", sort), descending);
    }

    void focusSearch() {
        search.requestFocus();
    }

    private static FlowPane labelled(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        FlowPane pair = new FlowPane(4, 0, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static final class StateCell extends ListCell<MessageState> {
        @Override
        protected void updateItem(MessageState item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "Any status" : item.label());
        }
    }
}
