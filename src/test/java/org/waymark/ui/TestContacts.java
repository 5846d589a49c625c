package org.waymark.ui;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;

import org.jooq.DSLContext;
import org.waymark.store.Store;

/** Puts a few contacts into a test store with plain jOOQ. */
public final class TestContacts {

    private final DSLContext dsl;
    private final long businessUnit;

    public TestContacts(Store store) {
        this.dsl = store.dsl();
        this.businessUnit = dsl.insertInto(BUSINESS_UNIT, BUSINESS_UNIT.NAME).values("Bluefield Americas")
                .returningResult(BUSINESS_UNIT.ID).fetchOne().value1();
    }

    public long account(String name) {
        return dsl.insertInto(ACCOUNT, ACCOUNT.NAME, ACCOUNT.BUSINESS_UNIT_ID).values(name, businessUnit)
                .returningResult(ACCOUNT.ID).fetchOne().value1();
    }

    public void contact(String first, String last, String email, Long account, String city, int consentRank) {
        dsl.insertInto(CONTACT, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL, CONTACT.CITY, CONTACT.ACCOUNT_ID,
                        CONTACT.BUSINESS_UNIT_ID, CONTACT.CONSENT_RANK)
                .values(first, last, email, city, account, businessUnit, consentRank).execute();
    }

    /** {@code count} contacts named "Person 0001" and so on, with no account. */
    public void many(int count) {
        for (int i = 1; i <= count; i++) {
            contact("Person", String.format("%04d", i), "person" + i + "@example.com", null, "Boston", 1);
        }
    }
}
