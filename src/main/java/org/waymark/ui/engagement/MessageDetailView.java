package org.waymark.ui.engagement;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.engagement.MessageDetail;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.tables.TableColumns;

/**
 * An opened email message: Back, the heading (email, recipient, sent, status), four KPI tiles (opens, attachment
 * views, link clicks, replies), the message as received and its history, newest first. Esc or Back returns.
 */
final class MessageDetailView extends VBox {

    private final Button back = new Button("_Back to messages");
    private final TableView<MessageEventRow> history;

    MessageDetailView(MessageDetailViewModel model, Runnable close) {
        setId("message-detail");
        setAccessibleText("Email message detail");
        back.setId("message-back");
        back.setAccessibleText("Back to the list of messages (Esc)");
        back.setOnAction(e -> close.run());
        Label heading = new Label();
        heading.setId("message-heading");
        org.waymark.ui.window.WrappedText.wrap(heading);
        heading.getStyleClass().add(StyleClass.SECTION_HEADING);
        heading.textProperty().bind(model.headingProperty());
        heading.accessibleTextProperty().bind(model.headingProperty());

        HBox kpis = new HBox(16, kpi(model, "Opens", "message-kpi-opens", MessageDetail::opens),
                kpi(model, "Attachment views", "message-kpi-views", MessageDetail::attachmentViews),
                kpi(model, "Link clicks", "message-kpi-clicks", MessageDetail::clicks),
                kpi(model, "Replies", "message-kpi-replies", MessageDetail::replies));
        kpis.setId("message-kpis");
        kpis.setAccessibleText("Totals for this message");

        TextArea body = new TextArea();
        body.setId("message-body");
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(10);
        body.setAccessibleText("The message as the contact received it");
        body.textProperty().bind(model.bodyProperty());

        history = new TableView<>(model.history());
        history.setId("message-history");
        history.setAccessibleText("What happened to this message, newest first");
        history.setPlaceholder(new Label("Nothing recorded yet."));
        org.waymark.ui.tables.FittedColumns.install(history);
        history.getColumns().add(TableColumns.text("When", MessageEventRow::when, 130));
        history.getColumns().add(TableColumns.text("Device", MessageEventRow::device, 90));
        history.getColumns().add(TableColumns.text("What happened", MessageEventRow::what, 380));
        history.getColumns().forEach(c -> c.setSortable(false));
        VBox.setVgrow(history, Priority.ALWAYS);
        Label bodyLabel = new Label("_Message as received");
        bodyLabel.setLabelFor(body);
        bodyLabel.setMnemonicParsing(true);
        Label historyLabel = new Label("_History, newest first");
        historyLabel.setLabelFor(history);
        historyLabel.setMnemonicParsing(true);
        setSpacing(8);
        setPadding(new Insets(4, 0, 0, 0));
        getChildren().addAll(back, heading, kpis, bodyLabel, body, historyLabel, history);
    }

    void focusFirst() {
        history.requestFocus();
    }

    private static VBox kpi(MessageDetailViewModel model, String name, String id,
                            java.util.function.ToLongFunction<MessageDetail> value) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add(StyleClass.Hooks.KPI_VALUE);
        number.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        number.textProperty().bind(Bindings.createStringBinding(() -> model.detailProperty().get() == null ? "–"
                : String.format(java.util.Locale.ENGLISH, "%,d", value.applyAsLong(model.detailProperty().get())),
                model.detailProperty()));
        number.accessibleTextProperty().bind(Bindings.concat(name, ": ", number.textProperty()));
        Label caption = new Label(name);
        caption.getStyleClass().add(StyleClass.MUTED);
        VBox tile = new VBox(2, number, caption);
        tile.setFocusTraversable(false);
        return tile;
    }
}
