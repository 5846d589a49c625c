package org.waymark.ui.contacts;

import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.model.audience.AccountSummary;
import org.waymark.model.audience.ContactSummary;
import org.waymark.ui.appearance.StyleClass;

/**
 * The left side of the Contacts tab: Contacts | Accounts, then that list. Open… (Enter, a double click) and New…
 * show the contact or account form; after a save both lists are read again and the saved record stays selected.
 */
public final class PeopleView extends VBox {

    private final AudienceSources audience;
    private final Executor background;
    private final Executor ui;
    private final ContactBrowserViewModel contacts;
    private final AccountBrowserViewModel accounts;
    private final ContactBrowserView contactView;
    private final AccountBrowserView accountView;
    private final ToggleButton showContacts = new ToggleButton("Contacts");
    private final ToggleButton showAccounts = new ToggleButton("Accounts");

    /** {@code importing} opens the contact import; {@code background} and {@code ui} run the store work. */
    public PeopleView(ContactBrowserViewModel contacts, AudienceSources audience, Runnable importing,
                      Executor background, Executor ui) {
        this.audience = audience;
        this.background = background;
        this.ui = ui;
        this.contacts = contacts;
        this.accounts = new AccountBrowserViewModel(audience.accounts(), background, ui);
        getStyleClass().add(StyleClass.Hooks.PEOPLE_VIEW);
        contactView = new ContactBrowserView(contacts, importing, p -> contactForm(p.id()), () -> contactForm(0));
        accountView = new AccountBrowserView(accounts, a -> accountForm(a.id()), () -> accountForm(0));
        ToggleGroup group = new ToggleGroup();
        showContacts.setId("people-contacts");
        showContacts.setAccessibleText("Show the contacts");
        showAccounts.setId("people-accounts");
        showAccounts.setAccessibleText("Show the accounts");
        showContacts.setToggleGroup(group);
        showAccounts.setToggleGroup(group);
        showContacts.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two lists always shows
            } else {
                show(now == showAccounts);
            }
        });
        HBox top = new HBox(0, showContacts, showAccounts);
        top.getStyleClass().add(StyleClass.Hooks.PEOPLE_SWITCH);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 12, 0, 12));
        VBox.setVgrow(contactView, Priority.ALWAYS);
        VBox.setVgrow(accountView, Priority.ALWAYS);
        getChildren().addAll(top, contactView);
    }

    private void show(boolean accountsShown) {
        getChildren().set(1, accountsShown ? accountView : contactView);
        if (accountsShown) {
            accountView.activate();
            accountView.focusTable();
        } else {
            contactView.activate();
            contactView.focusTable();
        }
    }

    /** Opens the form of contact {@code id}, or a new contact for 0. */
    private void contactForm(long id) {
        ContactEditorViewModel form = new ContactEditorViewModel(audience.contacts(), background, ui);
        if (id == 0) {
            form.openNew();
        } else {
            form.open(id);
        }
        new ContactEditorDialog().show(getScene().getWindow(), form).ifPresent(saved -> {
            contactView.refreshSelecting(saved);
            accounts.refresh(); // its contact counts may have changed
        });
        contactView.focusTable();
    }

    /** Opens the form of account {@code id}, or a new account for 0. */
    private void accountForm(long id) {
        AccountEditorViewModel form = new AccountEditorViewModel(audience.accounts(), background, ui);
        if (id == 0) {
            form.openNew();
        } else {
            form.open(id);
        }
        new AccountEditorDialog().show(getScene().getWindow(), form).ifPresent(saved -> {
            accountView.refreshSelecting(saved);
            contacts.refresh(); // the contact list shows account names
        });
        accountView.focusTable();
    }

    /** Loads the list shown the first time the tab is shown. */
    public void activate() {
        if (showAccounts.isSelected()) {
            accountView.activate();
        } else {
            contactView.activate();
        }
    }

    /** The contact selected in the contact list, or null. */
    public ObservableValue<ContactSummary> selectedContact() {
        return contactView.selectedContact();
    }

    /** The account selected in the account list, or null. */
    public ObservableValue<AccountSummary> selectedAccount() {
        return accountView.selectedAccount();
    }

    /** Puts the keyboard focus in the search field of the list shown, for View ▸ Contacts. */
    public void focusSearch() {
        if (showAccounts.isSelected()) {
            accountView.focusSearch();
        } else {
            contactView.focusSearch();
        }
    }
}
