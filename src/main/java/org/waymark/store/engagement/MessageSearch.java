package org.waymark.store.engagement;

import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.EMAIL_MESSAGE;

import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The Messages list's search ("contains", any letter case, wildcards literal) as conditions the indexes can answer.
 * Matching "contains" against every message reads them all, which takes seconds at a million messages when few
 * match; so the search first finds the email names (the few distinct ones, read from the {@code email_name} index)
 * and the contacts (name or address) it matches, and then asks for their messages through the {@code email_name}
 * and {@code contact_id} indexes ({@link Match#indexed}). When many messages match, reading them all through those
 * indexes to sort them is the slow way: reading in the list's sort order and testing each message finds a page after
 * a few hundred, so {@link Match#inOrder} is the same test written so that no index can answer it. When the text
 * matches more than {@link #MAX_PEOPLE} contacts, it is common enough that the plain "contains" test on the names
 * kept on every message serves both. A recipient is found by the contact's current name and address.
 */
final class MessageSearch {

    static final int MAX_PEOPLE = 2_000;

    /** Two conditions keeping the same messages: one for the indexes, one for reading in sort order. */
    record Match(Condition indexed, Condition inOrder) {
    }

    private final DSLContext dsl;

    MessageSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    Match of(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<Long> people = dsl.select(CONTACT.ID).from(CONTACT)
                .where(DSL.lower(CONTACT.EMAIL).contains(needle)
                        .or(DSL.lower(DSL.concat(CONTACT.FIRST_NAME, DSL.inline(" "), CONTACT.LAST_NAME))
                                .contains(needle)))
                .limit(MAX_PEOPLE + 1).fetch(CONTACT.ID);
        if (people.size() > MAX_PEOPLE) {
            return new Match(contains(needle), contains(needle));
        }
        List<String> emails = dsl.selectDistinct(EMAIL_MESSAGE.EMAIL_NAME).from(EMAIL_MESSAGE)
                .fetch(EMAIL_MESSAGE.EMAIL_NAME).stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(needle)).toList();
        Condition byPerson = people.isEmpty() ? DSL.falseCondition() : EMAIL_MESSAGE.CONTACT_ID.in(people);
        if (emails.isEmpty()) {
            return new Match(byPerson, byPerson);
        }
        Condition byEmail = EMAIL_MESSAGE.EMAIL_NAME.in(emails);
        Condition byEmailInOrder = DSL.lower(EMAIL_MESSAGE.EMAIL_NAME).contains(needle);
        return people.isEmpty() ? new Match(byEmail, byEmailInOrder)
                : new Match(byEmail.or(byPerson), byEmailInOrder.or(byPerson));
    }

    /** The plain test against the names kept on every message. */
    static Condition contains(String needle) {
        return DSL.lower(EMAIL_MESSAGE.EMAIL_NAME).contains(needle)
                .or(DSL.lower(EMAIL_MESSAGE.RECIPIENT).contains(needle))
                .or(DSL.lower(EMAIL_MESSAGE.RECIPIENT_EMAIL).contains(needle));
    }
}
