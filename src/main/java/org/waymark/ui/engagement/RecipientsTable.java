package org.waymark.ui.engagement;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.waymark.model.engagement.Recipient;

/** The selected email's recipients: contact, email address, last sent, status, and their opens, clicks, replies. */
final class RecipientsTable extends TableView<RecipientRow> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    RecipientsTable(ObservableList<RecipientRow> rows) {
        super(rows);
        setId("email-recipients");
        setAccessibleText("Recipients of the selected email");
        setPlaceholder(new Label("Select an email to see who it went to."));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(text("Contact", r -> r.recipient().contactName(), 150));
        getColumns().add(text("Email address", r -> r.recipient().email(), 200));
        getColumns().add(text("Last sent", r -> r.recipient().lastSent() == null ? ""
                : WHEN.format(r.recipient().lastSent()), 130));
        getColumns().add(text("Status", RecipientRow::status, 220));
        getColumns().add(count("Opens", Recipient::opens));
        getColumns().add(count("Clicks", Recipient::clicks));
        getColumns().add(count("Attachment views", Recipient::attachmentViews));
        getColumns().add(count("Replies", Recipient::replies));
    }

    private static TableColumn<RecipientRow, String> text(String title, Function<RecipientRow, String> value,
                                                          double width) {
        TableColumn<RecipientRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<RecipientRow, Long> count(String title, Function<Recipient, Long> value) {
        TableColumn<RecipientRow, Long> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue().recipient())));
        column.setPrefWidth(80);
        return column;
    }
}
