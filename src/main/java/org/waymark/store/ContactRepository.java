package org.waymark.store;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;

import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.journey.ConsentLevel;

/** Contacts for browsing: search by name, email or account, a page at a time. */
public final class ContactRepository {

    private final DSLContext dsl;

    public ContactRepository(Store store) {
        this.dsl = store.dsl();
    }

    /**
     * Contacts whose first or last name, full name, email or account name contains {@code text} (any case),
     * ordered by last name, at most {@code limit} of them from {@code offset}.
     */
    public List<ContactSummary> search(String text, int offset, int limit) {
        return dsl.select(CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL, ACCOUNT.NAME,
                        CONTACT.ACCOUNT_ID, CONTACT.CITY, BUSINESS_UNIT.NAME, CONTACT.CONSENT_RANK)
                .from(CONTACT)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CONTACT.ACCOUNT_ID))
                .join(BUSINESS_UNIT).on(BUSINESS_UNIT.ID.eq(CONTACT.BUSINESS_UNIT_ID))
                .where(matching(text))
                .orderBy(CONTACT.LAST_NAME, CONTACT.FIRST_NAME, CONTACT.ID)
                .offset(offset).limit(limit)
                .fetch(this::summary);
    }

    public int count(String text) {
        return dsl.fetchCount(dsl.select(CONTACT.ID).from(CONTACT)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CONTACT.ACCOUNT_ID)).where(matching(text)));
    }

    private Condition matching(String text) {
        if (text == null || text.isBlank()) {
            return DSL.noCondition();
        }
        String needle = text.trim().toLowerCase(Locale.ROOT);
        return DSL.lower(CONTACT.FIRST_NAME).contains(needle)
                .or(DSL.lower(CONTACT.LAST_NAME).contains(needle))
                .or(DSL.lower(DSL.concat(CONTACT.FIRST_NAME, DSL.inline(" "), CONTACT.LAST_NAME)).contains(needle))
                .or(DSL.lower(CONTACT.EMAIL).contains(needle))
                .or(DSL.lower(ACCOUNT.NAME).contains(needle));
    }

    private ContactSummary summary(Record r) {
        return new ContactSummary(r.get(CONTACT.ID), r.get(CONTACT.FIRST_NAME), r.get(CONTACT.LAST_NAME),
                nullToEmpty(r.get(CONTACT.EMAIL)), nullToEmpty(r.get(ACCOUNT.NAME)),
                r.get(CONTACT.ACCOUNT_ID) == null ? 0 : r.get(CONTACT.ACCOUNT_ID), nullToEmpty(r.get(CONTACT.CITY)),
                r.get(BUSINESS_UNIT.NAME), ConsentLevel.ofRank(r.get(CONTACT.CONSENT_RANK)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
