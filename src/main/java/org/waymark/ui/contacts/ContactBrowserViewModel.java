package org.waymark.ui.contacts;

import java.util.List;
import java.util.concurrent.Executor;
import org.waymark.model.audience.ContactSummary;
import org.waymark.store.ContactRepository;

/** Contacts matching the search text (name, email or account), a page at a time. */
public final class ContactBrowserViewModel extends PagedSearchViewModel<ContactSummary> {

    public ContactBrowserViewModel(ContactRepository contacts, Executor background, Executor ui) {
        super(new Pages<>() {
            @Override
            public List<ContactSummary> search(String text, int offset, int limit) {
                return contacts.search(text, offset, limit);
            }

            @Override
            public int count(String text) {
                return contacts.count(text);
            }
        }, "contact", "contacts", background, ui);
    }
}
