package org.waymark.store.audience;

import static org.waymark.store.schema.Tables.CONTACT;

import org.jooq.DSLContext;

/** A checked row of a contact file, ready to insert or to update the contact with the same email. */
record ContactLine(String email, String firstName, String lastName, String phone, String jobTitle, String city,
                   String country, Long accountId, Long businessUnitId, Integer consentRank) {

    /** Adds the contact; without a business unit of its own it goes to {@code defaultUnit}. */
    void insert(DSLContext ctx, long defaultUnit) {
        ctx.insertInto(CONTACT, CONTACT.EMAIL, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.PHONE, CONTACT.JOB_TITLE,
                        CONTACT.CITY, CONTACT.COUNTRY, CONTACT.ACCOUNT_ID, CONTACT.BUSINESS_UNIT_ID, CONTACT.CONSENT_RANK)
                .values(email, firstName, lastName, phone, jobTitle, city, country, accountId,
                        businessUnitId == null ? defaultUnit : businessUnitId,
                        consentRank == null ? 0 : consentRank)
                .execute();
    }

    /** Overwrites the fields the file gives; an optional column left empty keeps what the contact had. */
    void update(DSLContext ctx, long id) {
        var update = ctx.update(CONTACT).set(CONTACT.FIRST_NAME, firstName).set(CONTACT.LAST_NAME, lastName);
        if (businessUnitId != null) {
            update = update.set(CONTACT.BUSINESS_UNIT_ID, businessUnitId);
        }
        if (phone != null) {
            update = update.set(CONTACT.PHONE, phone);
        }
        if (jobTitle != null) {
            update = update.set(CONTACT.JOB_TITLE, jobTitle);
        }
        if (city != null) {
            update = update.set(CONTACT.CITY, city);
        }
        if (country != null) {
            update = update.set(CONTACT.COUNTRY, country);
        }
        if (accountId != null) {
            update = update.set(CONTACT.ACCOUNT_ID, accountId);
        }
        if (consentRank != null) {
            update = update.set(CONTACT.CONSENT_RANK, consentRank);
        }
        update.where(CONTACT.ID.eq(id)).execute();
    }
}
