package org.waymark.ui.contacts;

import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.model.audience.ContactSummary;

/**
 * The left side of the Contacts tab: the contact list, whose Open… (Enter, double click) and New contact… show the
 * contact form; after a save the list is read again and keeps the saved contact selected.
 */
public final class PeopleView extends VBox {

    private final AudienceSources audience;
    private final Executor background;
    private final Executor ui;
    private final ContactEditorDialog contactForm = new ContactEditorDialog();
    private final ContactBrowserView contactView;

    /** {@code importing} opens the contact import; {@code background} and {@code ui} run the forms' store work. */
    public PeopleView(ContactBrowserViewModel contacts, AudienceSources audience, Runnable importing,
                      Executor background, Executor ui) {
        this.audience = audience;
        this.background = background;
        this.ui = ui;
        getStyleClass().add("people-view");
        contactView = new ContactBrowserView(contacts, importing, this::openContact, this::newContact);
        VBox.setVgrow(contactView, Priority.ALWAYS);
        getChildren().add(contactView);
    }

    private void openContact(ContactSummary person) {
        ContactEditorViewModel form = new ContactEditorViewModel(audience.contacts(), background, ui);
        form.open(person.id());
        showContactForm(form);
    }

    private void newContact() {
        ContactEditorViewModel form = new ContactEditorViewModel(audience.contacts(), background, ui);
        form.openNew();
        showContactForm(form);
    }

    private void showContactForm(ContactEditorViewModel form) {
        contactForm.show(getScene().getWindow(), form).ifPresent(contactView::refreshSelecting);
        contactView.focusTable();
    }

    /** Loads the first page the first time the tab is shown. */
    public void activate() {
        contactView.activate();
    }

    /** The contact selected in the list, or null. */
    public ObservableValue<ContactSummary> selectedContact() {
        return contactView.selectedContact();
    }

    /** Puts the keyboard focus in the search field, for View ▸ Contacts. */
    public void focusSearch() {
        contactView.focusSearch();
    }
}
