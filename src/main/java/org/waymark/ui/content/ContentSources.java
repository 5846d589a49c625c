package org.waymark.ui.content;

import org.waymark.store.ContactRepository;
import org.waymark.store.Store;
import org.waymark.store.content.ContentRepository;
import org.waymark.store.timeline.MessagePreviews;

/** What the Content tab reads and writes: the marketing assets, the contacts to preview with and their placeholder values. */
public record ContentSources(ContentRepository content, ContactRepository contacts, MessagePreviews previews) {

    public static ContentSources of(Store store) {
        return new ContentSources(new ContentRepository(store), new ContactRepository(store), new MessagePreviews(store));
    }
}
