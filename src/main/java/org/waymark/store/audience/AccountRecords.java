package org.waymark.store.audience;

import static org.waymark.store.audience.ContactRecords.orNull;
import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.waymark.model.audience.AccountDetails;
import org.waymark.model.audience.AccountRules;
import org.waymark.model.audience.AccountSummary;
import org.waymark.model.audience.FieldProblem;
import org.waymark.model.audience.InvalidAudienceException;
import org.waymark.model.audience.Named;
import org.waymark.store.Store;

/**
 * Accounts: searched by name, industry, city or country a page at a time; one account as the account form edits it,
 * with its contacts; saved in one transaction, refused (nothing written) when a field breaks the rules.
 */
public final class AccountRecords {

    private static final Field<Integer> CONTACTS = DSL.field(DSL.selectCount().from(CONTACT)
            .where(CONTACT.ACCOUNT_ID.eq(ACCOUNT.ID))).as("contacts");

    private final DSLContext dsl;

    public AccountRecords(Store store) {
        this.dsl = store.dsl();
    }

    /** Accounts whose name, industry, city or country contains {@code text} (any case), by name. */
    public List<AccountSummary> search(String text, int offset, int limit) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.NAME, ACCOUNT.INDUSTRY, ACCOUNT.CITY, ACCOUNT.COUNTRY, BUSINESS_UNIT.NAME,
                        CONTACTS)
                .from(ACCOUNT).join(BUSINESS_UNIT).on(BUSINESS_UNIT.ID.eq(ACCOUNT.BUSINESS_UNIT_ID))
                .where(matching(text))
                .orderBy(ACCOUNT.NAME, ACCOUNT.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new AccountSummary(r.get(ACCOUNT.ID), r.get(ACCOUNT.NAME), text(r.get(ACCOUNT.INDUSTRY)),
                        text(r.get(ACCOUNT.CITY)), text(r.get(ACCOUNT.COUNTRY)), r.get(BUSINESS_UNIT.NAME),
                        r.get(CONTACTS)));
    }

    public int count(String text) {
        return dsl.fetchCount(ACCOUNT, matching(text));
    }

    private static Condition matching(String text) {
        if (text == null || text.isBlank()) {
            return DSL.noCondition();
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return DSL.lower(ACCOUNT.NAME).contains(needle)
                .or(DSL.lower(ACCOUNT.INDUSTRY).contains(needle))
                .or(DSL.lower(ACCOUNT.CITY).contains(needle))
                .or(DSL.lower(ACCOUNT.COUNTRY).contains(needle));
    }

    public Optional<AccountDetails> find(long id) {
        Record r = dsl.select(ACCOUNT.asterisk()).from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOne();
        return Optional.ofNullable(r).map(a -> new AccountDetails(id, a.get(ACCOUNT.NAME), a.get(ACCOUNT.INDUSTRY),
                a.get(ACCOUNT.CITY), a.get(ACCOUNT.COUNTRY), a.get(ACCOUNT.WEBSITE), a.get(ACCOUNT.BUSINESS_UNIT_ID)));
    }

    /** The account's contacts, "First Last" by last name. */
    public List<Named> contactsOf(long account) {
        return dsl.select(CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME).from(CONTACT)
                .where(CONTACT.ACCOUNT_ID.eq(account))
                .orderBy(CONTACT.LAST_NAME, CONTACT.FIRST_NAME, CONTACT.ID)
                .fetch(r -> new Named(r.value1(), r.value2() + " " + r.value3()));
    }

    /** Business units by name, for the form's choice. */
    public List<Named> businessUnits() {
        return ContactRecords.businessUnits(dsl);
    }

    /** Adds the account (id 0) or overwrites the one with its id; returns its id. */
    public long save(AccountDetails account) {
        AccountDetails a = account.stripped();
        List<FieldProblem> problems = AccountRules.check(a);
        if (!problems.isEmpty()) {
            throw new InvalidAudienceException(problems);
        }
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            if (!ctx.fetchExists(BUSINESS_UNIT, BUSINESS_UNIT.ID.eq(a.businessUnitId()))) {
                throw new InvalidAudienceException(List.of(new FieldProblem("business_unit",
                        "Business unit: the chosen unit no longer exists")));
            }
            if (a.id() == 0) {
                return ctx.insertInto(ACCOUNT, ACCOUNT.NAME, ACCOUNT.INDUSTRY, ACCOUNT.CITY, ACCOUNT.COUNTRY,
                                ACCOUNT.WEBSITE, ACCOUNT.BUSINESS_UNIT_ID)
                        .values(a.name(), orNull(a.industry()), orNull(a.city()), orNull(a.country()),
                                orNull(a.website()), a.businessUnitId())
                        .returningResult(ACCOUNT.ID).fetchOne().value1();
            }
            int updated = ctx.update(ACCOUNT).set(ACCOUNT.NAME, a.name()).set(ACCOUNT.INDUSTRY, orNull(a.industry()))
                    .set(ACCOUNT.CITY, orNull(a.city())).set(ACCOUNT.COUNTRY, orNull(a.country()))
                    .set(ACCOUNT.WEBSITE, orNull(a.website())).set(ACCOUNT.BUSINESS_UNIT_ID, a.businessUnitId())
                    .where(ACCOUNT.ID.eq(a.id())).execute();
            if (updated == 0) {
                throw new InvalidAudienceException(List.of(new FieldProblem("account",
                        "This account no longer exists")));
            }
            return a.id();
        });
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
