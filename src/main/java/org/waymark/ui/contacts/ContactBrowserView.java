package org.waymark.ui.contacts;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.waymark.model.audience.ContactSummary;
import org.waymark.ui.tables.TableColumns;

/** Searches and lists the store's contacts: a search field, a table and a "Show more" button. */
public final class ContactBrowserView extends VBox {

    static final Duration TYPING_PAUSE = Duration.millis(250);

    private final ContactBrowserViewModel model;
    private final TextField search = new TextField();
    private final TableView<ContactSummary> table = new TableView<>();

    public ContactBrowserView(ContactBrowserViewModel model) {
        this(model, () -> { });
    }

    /** {@code importing} opens the contact import (the window knows the store); the list searches again after it. */
    public ContactBrowserView(ContactBrowserViewModel model, Runnable importing) {
        this.model = model;
        getStyleClass().add("contact-browser");
        search.setId("contact-search");
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
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.countTextBinding());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, search, spacer, count);
        header.setAlignment(Pos.CENTER_LEFT);

        table.setId("contact-table");
        table.setAccessibleText("Contacts");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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

        Button more = new Button("Show more");
        more.setId("contact-show-more");
        more.setAccessibleText("Show " + ContactBrowserViewModel.PAGE_SIZE + " more contacts");
        more.disableProperty().bind(model.canShowMoreBinding().not());
        more.setOnAction(e -> model.showMore());
        Button importContacts = new Button("_Import contacts…");
        importContacts.setId("contact-import");
        importContacts.setAccessibleHelp("Import contacts from a CSV file, all or nothing");
        importContacts.setOnAction(e -> importing.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, importContacts, gap, more);
        footer.setAlignment(Pos.CENTER_RIGHT);

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

    /** Puts the keyboard focus in the search field, for View ▸ Contacts. */
    public void focusSearch() {
        search.requestFocus();
    }
}
