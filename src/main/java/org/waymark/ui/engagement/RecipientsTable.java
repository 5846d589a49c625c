package org.waymark.ui.engagement;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.waymark.ui.tables.TableColumns;

/** The selected email's recipients: contact, email address, last sent, status, and their opens, clicks, replies. */
final class RecipientsTable extends TableView<RecipientRow> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    RecipientsTable(ObservableList<RecipientRow> rows) {
        super(rows);
        setId("email-recipients");
        setAccessibleText("Recipients of the selected email");
        setPlaceholder(new Label("Select an email to see who it went to."));
        org.waymark.ui.tables.FittedColumns.install(this);
        getColumns().add(TableColumns.text("Contact", r -> r.recipient().contactName(), 150));
        getColumns().add(TableColumns.text("Email address", r -> r.recipient().email(), 200));
        getColumns().add(TableColumns.text("Last sent", RecipientRow::lastSent, 130));
        getColumns().add(TableColumns.text("Status", RecipientRow::status, 220));
        getColumns().add(TableColumns.count("Opens", (RecipientRow r) -> r.recipient().opens(), 80));
        getColumns().add(TableColumns.count("Clicks", (RecipientRow r) -> r.recipient().clicks(), 80));
        getColumns().add(TableColumns.count("Attachment views", (RecipientRow r) -> r.recipient().attachmentViews(), 80));
        getColumns().add(TableColumns.count("Replies", (RecipientRow r) -> r.recipient().replies(), 80));
    }
}
