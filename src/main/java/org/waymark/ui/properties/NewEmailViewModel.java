package org.waymark.ui.properties;

import org.waymark.model.content.AssetCatalog;

/** Quick-create of a marketing email from an email tile: a name and a subject, checked by the store. */
public final class NewEmailViewModel {

    private final AssetCatalog catalog;

    public NewEmailViewModel(AssetCatalog catalog) {
        this.catalog = catalog;
    }

    /** Creates the email; the stored name, or why it could not be created (empty or taken name). */
    public Checked<String> create(String name, String subject) {
        String trimmed = Texts.orEmpty(name).trim();
        if (trimmed.isEmpty()) {
            return Checked.invalid("Give the new email a name");
        }
        try {
            catalog.createEmail(trimmed, Texts.orEmpty(subject).trim());
            return Checked.ok(trimmed);
        } catch (IllegalArgumentException e) {
            return Checked.invalid(e.getMessage());
        }
    }
}
