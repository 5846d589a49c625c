package org.waymark.ui.contacts;

import org.waymark.store.Store;
import org.waymark.store.audience.AccountRecords;
import org.waymark.store.audience.ContactRecords;

/** What the contact and account forms and the account list read and write in the open store. */
public record AudienceSources(ContactRecords contacts, AccountRecords accounts) {

    public static AudienceSources of(Store store) {
        return new AudienceSources(new ContactRecords(store), new AccountRecords(store));
    }
}
