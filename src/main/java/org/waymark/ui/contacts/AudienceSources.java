package org.waymark.ui.contacts;

import org.waymark.store.Store;
import org.waymark.store.audience.ContactRecords;

/** What the contact and account forms read and write in the open store. */
public record AudienceSources(ContactRecords contacts) {

    public static AudienceSources of(Store store) {
        return new AudienceSources(new ContactRecords(store));
    }
}
