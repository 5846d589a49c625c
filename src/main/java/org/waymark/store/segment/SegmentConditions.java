package org.waymark.store.segment;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.waymark.model.segment.BehaviourRule;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentRule;
import org.waymark.model.segment.SubscriptionRule;
import org.waymark.store.schema.tables.Account;
import org.waymark.store.schema.tables.BusinessUnit;

/**
 * A dynamic segment's query as a jOOQ condition on {@code CONTACT}, evaluated at {@code asOf}. Every value is bound;
 * LIKE patterns escape {@code %}, {@code _} and {@code \} so text matches literally, letter case included. Each rule
 * gives a plain true or false for every contact (never SQL's unknown), so "none of" and the negative operators select
 * contacts whose field is empty: "is not" and "does not contain" are the exact opposites of "is" and "contains", and
 * a contact with no account has every account field empty. Subscription lists are looked up by name when the
 * condition is built (an unknown name is a {@link SegmentException} naming it); behaviour counts only real
 * interactions ({@code run_id} null) in {@code [asOf - days, asOf)}. Empty groups are left out; an empty root query
 * is no condition at all (every contact).
 */
public final class SegmentConditions {

    private static final char ESCAPE = '\\';
    /** Aliases, so the subqueries never mix with an outer query that joins the same tables. */
    private static final Account RULE_ACCOUNT = ACCOUNT.as("rule_account");
    private static final BusinessUnit RULE_UNIT = BUSINESS_UNIT.as("rule_unit");

    private final DSLContext dsl;
    private final LocalDateTime asOf;

    /** Conditions whose subscription lists are looked up through {@code dsl}, behaviour counted back from {@code asOf}. */
    public SegmentConditions(DSLContext dsl, Instant asOf) {
        this.dsl = dsl;
        this.asOf = LocalDateTime.ofInstant(asOf, ZoneOffset.UTC);
    }

    /** The condition selecting the contacts {@code query} describes; {@link DSL#noCondition()} when it is empty. */
    public Condition of(RuleGroup query) {
        return query.isEmpty() ? DSL.noCondition() : group(query);
    }

    private Condition group(RuleGroup group) {
        List<Condition> parts = group.effectiveRules().stream().map(this::rule).toList();
        return switch (group.match()) {
            case ALL -> DSL.and(parts);
            case ANY -> DSL.or(parts);
            case NONE -> DSL.not(DSL.or(parts));
        };
    }

    private Condition rule(SegmentRule rule) {
        if (rule instanceof RuleGroup nested) {
            return group(nested);
        } else if (rule instanceof FieldRule field) {
            return field(field);
        } else if (rule instanceof ConsentRule consent) {
            return consent(consent);
        } else if (rule instanceof SubscriptionRule subscription) {
            return subscription(subscription);
        } else if (rule instanceof BehaviourRule behaviour) {
            return behaviour(behaviour);
        }
        throw new IllegalStateException("unknown rule " + rule);
    }

    private Condition field(FieldRule rule) {
        Condition matches = positiveField(rule);
        return isNegated(rule) ? DSL.not(matches) : matches;
    }

    /** Whether {@code rule} selects the contacts its positive form leaves out ("is not", "does not contain", "is empty"). */
    static boolean isNegated(FieldRule rule) {
        return positive(rule.operator()) != rule.operator();
    }

    /** The condition of {@code rule}'s positive form: "is" for "is not", "contains" for "does not contain"… */
    static Condition positiveField(FieldRule rule) {
        FieldOperator positive = positive(rule.operator());
        return switch (rule.field()) {
            case FIRST_NAME -> test(CONTACT.FIRST_NAME, positive, rule.value());
            case LAST_NAME -> test(CONTACT.LAST_NAME, positive, rule.value());
            case EMAIL -> test(CONTACT.EMAIL, positive, rule.value());
            case PHONE -> test(CONTACT.PHONE, positive, rule.value());
            case JOB_TITLE -> test(CONTACT.JOB_TITLE, positive, rule.value());
            case CITY -> test(CONTACT.CITY, positive, rule.value());
            case COUNTRY -> test(CONTACT.COUNTRY, positive, rule.value());
            case BUSINESS_UNIT -> CONTACT.BUSINESS_UNIT_ID.in(DSL.select(RULE_UNIT.ID).from(RULE_UNIT)
                    .where(test(RULE_UNIT.NAME, positive, rule.value())));
            case ACCOUNT_NAME, ACCOUNT_INDUSTRY, ACCOUNT_CITY, ACCOUNT_COUNTRY -> account(onAccount(rule).orElseThrow());
        };
    }

    /**
     * For a rule on the contact's account, the test of its positive form on the account table as {@link #ruleAccount()};
     * empty for a rule on any other field.
     */
    static Optional<Condition> onAccount(FieldRule rule) {
        FieldOperator positive = positive(rule.operator());
        Field<String> column = switch (rule.field()) {
            case ACCOUNT_NAME -> RULE_ACCOUNT.NAME;
            case ACCOUNT_INDUSTRY -> RULE_ACCOUNT.INDUSTRY;
            case ACCOUNT_CITY -> RULE_ACCOUNT.CITY;
            case ACCOUNT_COUNTRY -> RULE_ACCOUNT.COUNTRY;
            default -> null;
        };
        return column == null ? Optional.empty() : Optional.of(test(column, positive, rule.value()));
    }

    /** The account table under the alias the account rules' tests name. */
    static Account ruleAccount() {
        return RULE_ACCOUNT;
    }

    /** The moment behaviour rules count back from. */
    LocalDateTime asOf() {
        return asOf;
    }

    /** The operator of {@code rule}'s positive form. */
    static FieldOperator positiveOperator(FieldRule rule) {
        return positive(rule.operator());
    }

    /** The operator whose opposite {@code operator} is (itself when it is not a negative one). */
    private static FieldOperator positive(FieldOperator operator) {
        return switch (operator) {
            case NOT_EQUALS -> FieldOperator.EQUALS;
            case NOT_CONTAINS -> FieldOperator.CONTAINS;
            case IS_EMPTY -> FieldOperator.IS_NOT_EMPTY;
            default -> operator;
        };
    }

    /** A positive test that is false (not unknown) when the field is null. */
    static Condition test(Field<String> field, FieldOperator operator, String value) {
        Condition present = field.isNotNull();
        return switch (operator) {
            case EQUALS -> present.and(field.eq(value));
            case CONTAINS -> present.and(field.like("%" + escapeLike(value) + "%", ESCAPE));
            case STARTS_WITH -> present.and(field.like(escapeLike(value) + "%", ESCAPE));
            case ENDS_WITH -> present.and(field.like("%" + escapeLike(value), ESCAPE));
            case IS_NOT_EMPTY -> present.and(field.ne(""));
            default -> throw new IllegalStateException("not a positive operator: " + operator);
        };
    }

    /** {@code text} with the LIKE wildcards and the escape character itself escaped, to match literally. */
    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Condition account(Condition onAccount) {
        return CONTACT.ACCOUNT_ID.isNotNull()
                .and(CONTACT.ACCOUNT_ID.in(DSL.select(RULE_ACCOUNT.ID).from(RULE_ACCOUNT).where(onAccount)));
    }

    static Condition consent(ConsentRule rule) {
        int rank = rule.level().rank();
        return switch (rule.comparison()) {
            case AT_LEAST -> CONTACT.CONSENT_RANK.ge(rank);
            case AT_MOST -> CONTACT.CONSENT_RANK.le(rank);
            case EXACTLY -> CONTACT.CONSENT_RANK.eq(rank);
        };
    }

    private Condition subscription(SubscriptionRule rule) {
        var members = DSL.select(SEGMENT_MEMBER.CONTACT_ID).from(SEGMENT_MEMBER)
                .where(SEGMENT_MEMBER.SEGMENT_ID.eq(listId(rule)));
        return rule.subscribed() ? CONTACT.ID.in(members) : CONTACT.ID.notIn(members);
    }

    /** The id of the subscription list {@code rule} names; a {@link SegmentException} when there is no such list. */
    long listId(SubscriptionRule rule) {
        Record2<Long, String> list = dsl.select(SEGMENT.ID, SEGMENT.KIND).from(SEGMENT)
                .where(SEGMENT.NAME.eq(rule.listName())).fetchOne();
        if (list == null) {
            throw new SegmentException("There is no subscription list \"" + rule.listName() + "\"");
        }
        if (!SegmentKind.SUBSCRIPTION_LIST.name().equals(list.value2())) {
            throw new SegmentException("\"" + rule.listName() + "\" is a "
                    + SegmentKind.valueOf(list.value2()).label().toLowerCase(java.util.Locale.ROOT)
                    + " segment, not a subscription list");
        }
        return list.value1();
    }

    private Condition behaviour(BehaviourRule rule) {
        var who = DSL.select(INTERACTION.CONTACT_ID).from(INTERACTION).where(interactions(rule));
        return rule.happened() ? CONTACT.ID.in(who) : CONTACT.ID.notIn(who);
    }

    /** The interactions that make {@code rule}'s behaviour happen: real ones, of a contact, in the rule's window. */
    Condition interactions(BehaviourRule rule) {
        Condition where = INTERACTION.TYPE.eq(rule.behaviour().type().name())
                .and(INTERACTION.SUBTYPE.eq(rule.behaviour().subtype()))
                .and(INTERACTION.OCCURRED_AT.ge(asOf.minusDays(rule.withinDays())))
                .and(INTERACTION.OCCURRED_AT.lt(asOf))
                .and(INTERACTION.RUN_ID.isNull())
                .and(INTERACTION.CONTACT_ID.isNotNull());
        return rule.assetName() == null ? where : where.and(INTERACTION.ASSET_NAME.eq(rule.assetName()));
    }
}
