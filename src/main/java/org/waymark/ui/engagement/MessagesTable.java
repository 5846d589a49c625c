package org.waymark.ui.engagement;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.waymark.model.engagement.MessageSort;
import org.waymark.ui.tables.TableColumns;

/**
 * The emails list: one row per message with recipient, email, sent, delivered, opens, last opened, attachment views,
 * link clicks, replies and status. Sorting is the store's: a click on a heading asks the view model, and the arrow
 * follows its sort; the rows arrive sorted.
 */
final class MessagesTable extends TableView<MessageRow> {

    private final Map<TableColumn<MessageRow, ?>, MessageSort> sorts = new java.util.LinkedHashMap<>();
    private boolean syncing;

    MessagesTable(MessagesViewModel model) {
        super(model.rows());
        setId("email-messages");
        setAccessibleText("Email messages, one per recipient");
        setPlaceholder(new Label("No email message matches."));
        org.waymark.ui.tables.FittedColumns.install(this);
        add(TableColumns.text("Recipient", r -> r.message().recipient(), 150), MessageSort.RECIPIENT);
        add(TableColumns.text("Email", r -> r.message().emailName(), 170), MessageSort.EMAIL);
        add(TableColumns.text("Sent", MessageRow::sent, 120), MessageSort.SENT);
        add(TableColumns.text("Delivered", MessageRow::delivered, 120), MessageSort.DELIVERED);
        add(TableColumns.count("Opens", (MessageRow r) -> r.message().opens(), 60), MessageSort.OPENS);
        add(TableColumns.text("Last opened", MessageRow::lastOpened, 120), MessageSort.LAST_OPENED);
        add(TableColumns.count("Attachment views", (MessageRow r) -> r.message().attachmentViews(), 70),
                MessageSort.ATTACHMENT_VIEWS);
        add(TableColumns.count("Link clicks", (MessageRow r) -> r.message().clicks(), 60), MessageSort.CLICKS);
        add(TableColumns.count("Replies", (MessageRow r) -> r.message().replies(), 60), MessageSort.REPLIES);
        add(TableColumns.text("Status", MessageRow::status, 220), MessageSort.STATUS);
        setSortPolicy(table -> true);
        getSortOrder().addListener((ListChangeListener<TableColumn<MessageRow, ?>>) c -> {
            if (!syncing && getSortOrder().isEmpty()) {
                javafx.application.Platform.runLater(() -> showSort(model));
            } else if (!syncing) {
                TableColumn<MessageRow, ?> column = getSortOrder().get(0);
                MessageSort by = sorts.get(column);
                model.sortProperty().set(by);
                model.descendingProperty().set(column.getSortType() == TableColumn.SortType.DESCENDING);
            }
        });
        model.sortProperty().addListener((obs, old, by) -> showSort(model));
        model.descendingProperty().addListener((obs, old, desc) -> showSort(model));
        showSort(model);
    }

    private void add(TableColumn<MessageRow, ?> column, MessageSort sort) {
        sorts.put(column, sort);
        column.sortTypeProperty().addListener((obs, old, type) -> {
            if (!syncing && getSortOrder().contains(column)) {
                getSortOrder().setAll(java.util.List.of(column));
            }
        });
        getColumns().add(column);
    }

    /** Puts the arrow on the view model's sort column, without asking the store again. */
    private void showSort(MessagesViewModel model) {
        syncing = true;
        try {
            sorts.forEach((column, sort) -> {
                if (sort == model.sortProperty().get()) {
                    column.setSortType(model.descendingProperty().get() ? TableColumn.SortType.DESCENDING
                            : TableColumn.SortType.ASCENDING);
                    getSortOrder().setAll(java.util.List.of(column));
                }
            });
        } finally {
            syncing = false;
        }
    }
}
