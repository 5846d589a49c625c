package org.waymark.store.segment;

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

/** Contacts as {@link ContactSummary} rows, and the search text condition the member lists share. */
final class ContactRows {

    private ContactRows() {
    }

    /** Contacts meeting {@code where}, ordered by last name, first name and id, at most {@code limit}. */
    static List<ContactSummary> fetch(DSLContext ctx, Condition where, int limit) {
        return ctx.select(CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL, ACCOUNT.NAME,
                        CONTACT.ACCOUNT_ID, CONTACT.CITY, BUSINESS_UNIT.NAME, CONTACT.CONSENT_RANK)
                .from(CONTACT)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CONTACT.ACCOUNT_ID))
                .join(BUSINESS_UNIT).on(BUSINESS_UNIT.ID.eq(CONTACT.BUSINESS_UNIT_ID))
                .where(where)
                .orderBy(CONTACT.LAST_NAME, CONTACT.FIRST_NAME, CONTACT.ID)
                .limit(Math.max(0, limit))
                .fetch(ContactRows::summary);
    }

    /**
     * Contacts whose first or last name, full name, email or account name contains {@code text} literally, in any
     * letter case; no condition for a blank text. The account is read through a subquery, so no join is needed.
     */
    static Condition search(String text) {
        if (text == null || text.isBlank()) {
            return DSL.noCondition();
        }
        String pattern = "%" + SegmentConditions.escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
        var account = ACCOUNT.as("search_account");
        return DSL.lower(CONTACT.FIRST_NAME).like(pattern, '\\')
                .or(DSL.lower(CONTACT.LAST_NAME).like(pattern, '\\'))
                .or(DSL.lower(DSL.concat(CONTACT.FIRST_NAME, DSL.inline(" "), CONTACT.LAST_NAME)).like(pattern, '\\'))
                .or(DSL.lower(CONTACT.EMAIL).like(pattern, '\\'))
                .or(CONTACT.ACCOUNT_ID.in(DSL.select(account.ID).from(account)
                        .where(DSL.lower(account.NAME).like(pattern, '\\'))));
    }

    private static ContactSummary summary(Record r) {
        Long accountId = r.get(CONTACT.ACCOUNT_ID);
        return new ContactSummary(r.get(CONTACT.ID), r.get(CONTACT.FIRST_NAME), r.get(CONTACT.LAST_NAME),
                orEmpty(r.get(CONTACT.EMAIL)), orEmpty(r.get(ACCOUNT.NAME)), accountId == null ? 0 : accountId,
                orEmpty(r.get(CONTACT.CITY)), r.get(BUSINESS_UNIT.NAME), ConsentLevel.ofRank(r.get(CONTACT.CONSENT_RANK)));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
