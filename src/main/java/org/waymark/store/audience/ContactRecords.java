package org.waymark.store.audience;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.waymark.model.audience.ContactDetails;
import org.waymark.model.audience.ContactRules;
import org.waymark.model.audience.FieldProblem;
import org.waymark.model.audience.InvalidAudienceException;
import org.waymark.model.audience.Named;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.store.Store;

/**
 * One contact as the contact form edits it, with the subscription lists it is on; and the choices the form offers
 * (business units, accounts, subscription lists). {@link #save} checks and writes the contact and its list
 * memberships in one transaction: a problem leaves the store as it was.
 */
public final class ContactRecords {

    static final String SUBSCRIPTION_LIST = "SUBSCRIPTION_LIST";

    private final DSLContext dsl;

    public ContactRecords(Store store) {
        this.dsl = store.dsl();
    }

    public Optional<ContactDetails> find(long id) {
        Record r = dsl.select(CONTACT.asterisk()).from(CONTACT).where(CONTACT.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        Long account = r.get(CONTACT.ACCOUNT_ID);
        return Optional.of(new ContactDetails(id, r.get(CONTACT.FIRST_NAME), r.get(CONTACT.LAST_NAME),
                r.get(CONTACT.EMAIL), r.get(CONTACT.PHONE), r.get(CONTACT.JOB_TITLE), r.get(CONTACT.CITY),
                r.get(CONTACT.COUNTRY), account == null ? 0 : account, r.get(CONTACT.BUSINESS_UNIT_ID),
                ConsentLevel.ofRank(r.get(CONTACT.CONSENT_RANK)), subscriptions(dsl, id)));
    }

    /**
     * Adds the contact (id 0) or overwrites the one with its id, and puts it on exactly the subscription lists it
     * names; returns its id. Refuses, writing nothing, a contact with a bad field, an email another contact has (any
     * case), or a business unit, account or subscription list the store does not hold.
     */
    public long save(ContactDetails contact) {
        ContactDetails clean = contact.stripped();
        List<FieldProblem> problems = ContactRules.check(clean);
        if (!problems.isEmpty()) {
            throw new InvalidAudienceException(problems);
        }
        return dsl.transactionResult(tx -> write(tx.dsl(), clean));
    }

    private static long write(DSLContext ctx, ContactDetails c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!c.email().isEmpty()) {
            Record other = ctx.select(CONTACT.FIRST_NAME, CONTACT.LAST_NAME).from(CONTACT)
                    .where(DSL.lower(CONTACT.EMAIL).eq(c.email().toLowerCase(Locale.ROOT)))
                    .and(CONTACT.ID.ne(c.id())).limit(1).fetchOne();
            if (other != null) {
                problems.add(new FieldProblem("email", "Email " + c.email() + " is already the email of "
                        + other.get(CONTACT.FIRST_NAME) + " " + other.get(CONTACT.LAST_NAME)));
            }
        }
        if (c.accountId() != 0 && !ctx.fetchExists(ACCOUNT, ACCOUNT.ID.eq(c.accountId()))) {
            problems.add(new FieldProblem("account", "Account: the chosen account no longer exists"));
        }
        if (!ctx.fetchExists(BUSINESS_UNIT, BUSINESS_UNIT.ID.eq(c.businessUnitId()))) {
            problems.add(new FieldProblem("business_unit", "Business unit: the chosen unit no longer exists"));
        }
        Set<Long> lists = new HashSet<>(ctx.select(SEGMENT.ID).from(SEGMENT).where(SEGMENT.KIND.eq(SUBSCRIPTION_LIST))
                .fetch(SEGMENT.ID));
        if (!lists.containsAll(c.subscriptions())) {
            problems.add(new FieldProblem("subscriptions", "Subscriptions: a chosen list is no subscription list"));
        }
        if (c.id() != 0 && !ctx.fetchExists(CONTACT, CONTACT.ID.eq(c.id()))) {
            problems.add(new FieldProblem("contact", "This contact no longer exists"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAudienceException(problems);
        }
        long id = c.id() == 0 ? insert(ctx, c) : update(ctx, c);
        Set<Long> now = subscriptions(ctx, id);
        Set<Long> leave = new HashSet<>(now);
        leave.removeAll(c.subscriptions());
        if (!leave.isEmpty()) {
            ctx.deleteFrom(SEGMENT_MEMBER).where(SEGMENT_MEMBER.CONTACT_ID.eq(id))
                    .and(SEGMENT_MEMBER.SEGMENT_ID.in(leave)).execute();
        }
        for (long list : c.subscriptions()) {
            if (!now.contains(list)) {
                ctx.insertInto(SEGMENT_MEMBER, SEGMENT_MEMBER.SEGMENT_ID, SEGMENT_MEMBER.CONTACT_ID)
                        .values(list, id).execute();
            }
        }
        return id;
    }

    private static long insert(DSLContext ctx, ContactDetails c) {
        return ctx.insertInto(CONTACT, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL, CONTACT.PHONE,
                        CONTACT.JOB_TITLE, CONTACT.CITY, CONTACT.COUNTRY, CONTACT.ACCOUNT_ID, CONTACT.BUSINESS_UNIT_ID,
                        CONTACT.CONSENT_RANK)
                .values(c.firstName(), c.lastName(), orNull(c.email()), orNull(c.phone()), orNull(c.jobTitle()),
                        orNull(c.city()), orNull(c.country()), c.accountId() == 0 ? null : c.accountId(),
                        c.businessUnitId(), c.consent().rank())
                .returningResult(CONTACT.ID).fetchOne().value1();
    }

    private static long update(DSLContext ctx, ContactDetails c) {
        ctx.update(CONTACT).set(CONTACT.FIRST_NAME, c.firstName()).set(CONTACT.LAST_NAME, c.lastName())
                .set(CONTACT.EMAIL, orNull(c.email())).set(CONTACT.PHONE, orNull(c.phone()))
                .set(CONTACT.JOB_TITLE, orNull(c.jobTitle())).set(CONTACT.CITY, orNull(c.city()))
                .set(CONTACT.COUNTRY, orNull(c.country()))
                .set(CONTACT.ACCOUNT_ID, c.accountId() == 0 ? null : c.accountId())
                .set(CONTACT.BUSINESS_UNIT_ID, c.businessUnitId()).set(CONTACT.CONSENT_RANK, c.consent().rank())
                .where(CONTACT.ID.eq(c.id())).execute();
        return c.id();
    }

    /** The subscription lists {@code contact} is on. */
    private static Set<Long> subscriptions(DSLContext ctx, long contact) {
        return new HashSet<>(ctx.select(SEGMENT_MEMBER.SEGMENT_ID).from(SEGMENT_MEMBER)
                .join(SEGMENT).on(SEGMENT.ID.eq(SEGMENT_MEMBER.SEGMENT_ID))
                .where(SEGMENT_MEMBER.CONTACT_ID.eq(contact)).and(SEGMENT.KIND.eq(SUBSCRIPTION_LIST))
                .fetch(SEGMENT_MEMBER.SEGMENT_ID));
    }

    /** Business units by name, for the form's choice. */
    public List<Named> businessUnits() {
        return businessUnits(dsl);
    }

    static List<Named> businessUnits(DSLContext dsl) {
        return dsl.select(BUSINESS_UNIT.ID, BUSINESS_UNIT.NAME).from(BUSINESS_UNIT).orderBy(BUSINESS_UNIT.NAME)
                .fetch(r -> new Named(r.value1(), r.value2()));
    }

    /** Accounts by name, for the contact form's choice. */
    public List<Named> accounts() {
        return dsl.select(ACCOUNT.ID, ACCOUNT.NAME).from(ACCOUNT).orderBy(ACCOUNT.NAME, ACCOUNT.ID)
                .fetch(r -> new Named(r.value1(), r.value2()));
    }

    /** The subscription lists (segments of that kind) by name. */
    public List<Named> subscriptionLists() {
        return dsl.select(SEGMENT.ID, SEGMENT.NAME).from(SEGMENT).where(SEGMENT.KIND.eq(SUBSCRIPTION_LIST))
                .orderBy(SEGMENT.NAME).fetch(r -> new Named(r.value1(), r.value2()));
    }

    static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
