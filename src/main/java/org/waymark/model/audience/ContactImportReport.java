package org.waymark.model.audience;

/** What a contact import did: contacts added, existing ones updated, and rows skipped as duplicates. */
public record ContactImportReport(String fileName, long added, long updated, long skipped) {

    public String describe() {
        return String.format("%s: %,d contacts added, %,d updated, %,d skipped", fileName, added, updated, skipped);
    }
}
