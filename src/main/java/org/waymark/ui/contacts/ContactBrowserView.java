package org.waymark.ui.contacts;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.waymark.ui.window.ButtonRow;
import org.waymark.model.audience.ContactSummary;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.tables.TableColumns;

/** Searches and lists the store's contacts: a search field, a table and a "Show more" button. */
public final class ContactBrowserView extends VBox {

    static final Duration TYPING_PAUSE = Duration.millis(250);

    private final ContactBrowserViewModel model;
    private final TextField search = new TextField();
    private final TableView<ContactSummary> table = new TableView<>();
    /** The contact to select once the list has been read again, 0 for none. */
    private long pendingSelection;

    public ContactBrowserView(ContactBrowserViewModel model) {
        this(model, () -> { }, person -> { }, () -> { });
    }

    /**
     * {@code importing} opens the contact import (the window knows the store); the list searches again after it.
     * {@code opening} opens the selected contact's form (Enter, a double click or Open…), {@code creating} a new one.
     */
    public ContactBrowserView(ContactBrowserViewModel model, Runnable importing, Consumer<ContactSummary> opening,
                              Runnable creating) {
        this.model = model;
        getStyleClass().add(StyleClass.CONTACT_BROWSER);
        search.setId("contact-search");
        search.getStyleClass().add(StyleClass.Hooks.FOCUS_ENTRY);
        search.setPromptText("Search by name, email or account");
        search.setAccessibleText("Search contacts by name, email or account");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(420);
        PauseTransition typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(e -> model.search());
        search.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                model.search();
            }
        });

        Label count = new Label();
        count.setId("contact-count");
        count.getStyleClass().add(StyleClass.MUTED);
        count.textProperty().bind(model.countTextBinding());
        count.setMinWidth(Region.USE_PREF_SIZE); // the search field gives way
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, search, spacer, count);
        header.setAlignment(Pos.CENTER_LEFT);

        table.setId("contact-table");
        table.setAccessibleText("Contacts");
        table.setItems(model.rows());
        org.waymark.ui.tables.FittedColumns.install(table);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.countTextBinding());
        table.setPlaceholder(placeholder);
        table.getColumns().add(TableColumns.text("Name", ContactSummary::fullName, 170));
        table.getColumns().add(TableColumns.text("Email", ContactSummary::email, 280));
        table.getColumns().add(TableColumns.text("Account", ContactSummary::account, 180));
        table.getColumns().add(TableColumns.text("City", ContactSummary::city, 110));
        table.getColumns().add(TableColumns.text("Business unit", ContactSummary::businessUnit, 150));
        table.getColumns().add(TableColumns.text("Consent", c -> c.consent().label(), 150));
        VBox.setVgrow(table, Priority.ALWAYS);
        Runnable openSelected = () -> {
            ContactSummary person = table.getSelectionModel().getSelectedItem();
            if (person != null) {
                opening.accept(person);
            }
        };
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openSelected.run();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
                openSelected.run();
            }
        });
        model.rows().addListener((ListChangeListener<ContactSummary>) change -> reselect());

        Button more = new Button("Show more");
        more.setId("contact-show-more");
        more.setAccessibleText("Show " + ContactBrowserViewModel.PAGE_SIZE + " more contacts");
        more.disableProperty().bind(model.canShowMoreBinding().not());
        more.setOnAction(e -> model.showMore());
        Button importContacts = new Button("_Import contacts…");
        importContacts.setId("contact-import");
        importContacts.setAccessibleHelp("Import contacts from a CSV file, all or nothing");
        importContacts.setOnAction(e -> importing.run());
        Button open = new Button("_Open…");
        open.setId("contact-open");
        open.setAccessibleText("Open the selected contact's form");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected.run());
        Button create = new Button("_New contact…");
        create.setId("contact-new");
        create.setAccessibleText("New contact");
        create.setOnAction(e -> creating.run());
        ButtonRow footer = new ButtonRow(open, create, importContacts, more);

        setSpacing(10);
        setPadding(new Insets(12));
        getChildren().addAll(header, table, footer);
    }

    /** Loads the first page the first time the browser is shown. */
    public void activate() {
        model.loadOnce();
    }

    /** The contact selected in the table, or null. */
    public javafx.beans.value.ObservableValue<ContactSummary> selectedContact() {
        return table.getSelectionModel().selectedItemProperty();
    }

    /** Reads the list again after {@code contactId} was saved, and selects it when it is (still) listed. */
    public void refreshSelecting(long contactId) {
        pendingSelection = contactId;
        model.refresh();
    }

    private void reselect() {
        if (pendingSelection == 0) {
            return;
        }
        long wanted = pendingSelection;
        pendingSelection = 0;
        model.rows().stream().filter(row -> row.id() == wanted).findFirst().ifPresent(row -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    /** Puts the keyboard focus on the list, as it was before a form opened. */
    public void focusTable() {
        table.requestFocus();
    }

    /** Puts the keyboard focus in the search field, for View ▸ Contacts. */
    public void focusSearch() {
        search.requestFocus();
    }
}
