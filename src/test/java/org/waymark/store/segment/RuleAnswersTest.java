package org.waymark.store.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.segment.Behaviour;
import org.waymark.model.segment.BehaviourRule;
import org.waymark.model.segment.ConsentComparison;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SubscriptionRule;

/**
 * Answers kept between counts are used while the store is unchanged, and never once any table a rule reads has
 * changed: after every kind of write, committed or rolled back, the next counts agree with the SQL count again.
 */
class RuleAnswersTest extends SegmentStoreTest {

    private static final RuleGroup NESTED = RuleGroup.all(new SubscriptionRule("Newsletter", true),
            RuleGroup.any(new FieldRule(ContactField.COUNTRY, FieldOperator.EQUALS, "USA"),
                    new FieldRule(ContactField.ACCOUNT_CITY, FieldOperator.EQUALS, "Paris")),
            new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.MARKETING));

    private final RuleAnswers answers = new RuleAnswers(64);

    @Test
    void aRepeatedCountReadsNoRuleAgainAndAnEditedOneReadsOnlyTheEditedRule() {
        assertThat(count(NESTED, SegmentFixture.AS_OF)).isEqualTo(sqlCount(NESTED, SegmentFixture.AS_OF));
        assertThat(answers.reused()).isZero();
        assertThat(count(NESTED, SegmentFixture.AS_OF)).isEqualTo(sqlCount(NESTED, SegmentFixture.AS_OF));
        assertThat(answers.reused()).as("list, country, account city, consent ranks 4 and 5").isEqualTo(5);
        RuleGroup edited = RuleGroup.all(new SubscriptionRule("Newsletter", true),
                RuleGroup.any(new FieldRule(ContactField.COUNTRY, FieldOperator.EQUALS, "France"),
                        new FieldRule(ContactField.ACCOUNT_CITY, FieldOperator.EQUALS, "Paris")),
                new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.MARKETING));
        assertThat(count(edited, SegmentFixture.AS_OF)).isEqualTo(sqlCount(edited, SegmentFixture.AS_OF));
        assertThat(answers.reused()).isEqualTo(5 + 4);
        RuleGroup lowerConsent = RuleGroup.all(new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.SUBSCRIPTIONS));
        assertThat(count(lowerConsent, SegmentFixture.AS_OF)).isEqualTo(sqlCount(lowerConsent, SegmentFixture.AS_OF));
        assertThat(answers.reused()).as("ranks 4 and 5 again, rank 3 read").isEqualTo(5 + 4 + 2);
    }

    @Test
    void aBehaviourRuleIsReadAgainForAnotherMoment() {
        RuleGroup opened = RuleGroup.all(new BehaviourRule(Behaviour.EMAIL_OPENED, "Welcome", 30));
        Instant later = SegmentFixture.AS_OF.plusSeconds(40 * 24 * 3600);
        assertThat(count(opened, SegmentFixture.AS_OF)).isEqualTo(sqlCount(opened, SegmentFixture.AS_OF));
        assertThat(count(opened, later)).isEqualTo(sqlCount(opened, later))
                .isNotEqualTo(count(opened, SegmentFixture.AS_OF));
        assertThat(answers.reused()).isEqualTo(1);
    }

    @Test
    void everyKindOfWriteIsSeenByTheNextCount() {
        List<Consumer<DSLContext>> writes = List.of(
                dsl -> dsl.update(CONTACT).set(CONTACT.COUNTRY, "USA").where(CONTACT.ID.eq(7L)).execute(),
                dsl -> dsl.update(CONTACT).set(CONTACT.CONSENT_RANK, 0).where(CONTACT.ID.eq(1L)).execute(),
                dsl -> dsl.update(ACCOUNT).set(ACCOUNT.CITY, "Paris").where(ACCOUNT.ID.eq(3L)).execute(),
                dsl -> dsl.update(BUSINESS_UNIT).set(BUSINESS_UNIT.NAME, "USA").where(BUSINESS_UNIT.ID.eq(2L))
                        .execute(),
                dsl -> dsl.insertInto(SEGMENT_MEMBER, SEGMENT_MEMBER.SEGMENT_ID, SEGMENT_MEMBER.CONTACT_ID)
                        .values(SegmentFixture.NEWSLETTER, 6L).execute(),
                dsl -> dsl.deleteFrom(SEGMENT_MEMBER).where(SEGMENT_MEMBER.CONTACT_ID.eq(11L)).execute(),
                dsl -> dsl.update(SEGMENT).set(SEGMENT.NAME, "Old events").where(SEGMENT.ID.eq(SegmentFixture.EVENTS))
                        .execute(),
                dsl -> dsl.update(SEGMENT).set(SEGMENT.NAME, "Events").where(SEGMENT.ID.eq(SegmentFixture.VIP))
                        .execute(),
                dsl -> dsl.update(SEGMENT).set(SEGMENT.KIND, "SUBSCRIPTION_LIST")
                        .where(SEGMENT.ID.eq(SegmentFixture.VIP)).execute(),
                dsl -> dsl.insertInto(INTERACTION, INTERACTION.CONTACT_ID, INTERACTION.TYPE, INTERACTION.SUBTYPE,
                        INTERACTION.OCCURRED_AT, INTERACTION.ASSET_NAME, INTERACTION.SOURCE).values(4L, "EMAIL",
                        "opened", SegmentFixture.NOW.minusDays(3), "Welcome", "test").execute(),
                dsl -> dsl.deleteFrom(INTERACTION).where(INTERACTION.CONTACT_ID.eq(1L)).execute(),
                dsl -> dsl.insertInto(CONTACT, CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.COUNTRY,
                        CONTACT.BUSINESS_UNIT_ID, CONTACT.CONSENT_RANK).values(40L, "Mo", "Ng", "USA", 1L, 5).execute(),
                dsl -> dsl.deleteFrom(SEGMENT_MEMBER).where(SEGMENT_MEMBER.CONTACT_ID.eq(2L)).execute(),
                dsl -> dsl.deleteFrom(CONTACT).where(CONTACT.ID.eq(7L)).execute());
        List<RuleGroup> queries = queries();
        for (Consumer<DSLContext> write : writes) {
            agree(queries);
            store.dsl().transaction(tx -> write.accept(tx.dsl()));
            agree(queries);
        }
        assertThat(answers.reused()).as("the answers were used between the writes").isPositive();
    }

    @Test
    void aWriteRolledBackChangesNothingAndLeavesTheCountsRight() {
        List<RuleGroup> queries = queries();
        agree(queries);
        try {
            store.dsl().transaction(tx -> {
                tx.dsl().deleteFrom(SEGMENT_MEMBER).execute();
                tx.dsl().update(CONTACT).set(CONTACT.COUNTRY, "Chad").execute();
                agree(queries);
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the transaction is rolled back
        }
        agree(queries);
    }

    @Test
    void anAnswerIsDroppedOnceOneOfItsTablesMovesOnAndKeptWhenAnotherTableDoes() {
        RuleAnswers.Key list = RuleAnswers.Key.of(new SubscriptionRule("Newsletter", true), SegmentFixture.NOW);
        RuleAnswers.Stamps before = stamps(5, 7);
        answers.keep(before, Map.of(list, ContactSet.everyone()));
        assertThat(answers.known(stamps(5, 7), List.of(list))).containsEntry(list, ContactSet.everyone());
        assertThat(answers.known(stamps(6, 7), List.of(list))).as("a write to interaction").containsKey(list);
        assertThat(answers.known(stamps(6, 8), List.of(list))).as("a write to segment_member").isEmpty();
        assertThat(answers.known(stamps(5, 7), List.of(list))).as("dropped for good").isEmpty();
        answers.keep(RuleAnswers.Stamps.NONE, Map.of(list, ContactSet.everyone()));
        assertThat(answers.known(stamps(5, 7), List.of(list))).isEmpty();
        assertThat(new RuleAnswers(0).stamps(store.dsl()).isKnown()).isFalse();
        assertThat(answers.stamps(store.dsl()).byTable()).containsOnlyKeys("CONTACT", "ACCOUNT", "BUSINESS_UNIT",
                "SEGMENT", "SEGMENT_MEMBER", "INTERACTION");
    }

    @Test
    void newInteractionsLeaveTheAnswersOfOtherRulesInPlace() {
        count(NESTED, SegmentFixture.AS_OF);
        store.dsl().insertInto(INTERACTION, INTERACTION.CONTACT_ID, INTERACTION.TYPE, INTERACTION.SUBTYPE,
                INTERACTION.OCCURRED_AT, INTERACTION.ASSET_NAME, INTERACTION.SOURCE, INTERACTION.RUN_ID)
                .values(4L, "EMAIL", "opened", SegmentFixture.NOW.minusDays(3), "Welcome", "simulation", null).execute();
        assertThat(count(NESTED, SegmentFixture.AS_OF)).isEqualTo(sqlCount(NESTED, SegmentFixture.AS_OF));
        assertThat(answers.reused()).isEqualTo(5);
        store.dsl().update(CONTACT).set(CONTACT.COUNTRY, "USA").where(CONTACT.ID.eq(3L)).execute();
        assertThat(count(NESTED, SegmentFixture.AS_OF)).isEqualTo(sqlCount(NESTED, SegmentFixture.AS_OF));
        assertThat(answers.reused()).as("only the list is still as it was").isEqualTo(5 + 1);
    }

    @Test
    void aDeletedContactLeavesABehaviourAnswerThoughItsInteractionsStay() {
        RuleGroup clicked = RuleGroup.all(new BehaviourRule(Behaviour.EMAIL_CLICKED, null, 30));
        assertThat(count(clicked, SegmentFixture.AS_OF)).isEqualTo(1);
        store.dsl().deleteFrom(CONTACT).where(CONTACT.ID.eq(7L)).execute();
        assertThat(count(clicked, SegmentFixture.AS_OF)).isEqualTo(sqlCount(clicked, SegmentFixture.AS_OF)).isZero();
        assertThat(count(RuleGroup.all(new BehaviourRule(Behaviour.EMAIL_CLICKED, null, 30, false)),
                SegmentFixture.AS_OF)).isEqualTo(11);
    }

    private static RuleAnswers.Stamps stamps(long interaction, long members) {
        return new RuleAnswers.Stamps(Map.of("CONTACT", 1L, "ACCOUNT", 1L, "BUSINESS_UNIT", 1L, "SEGMENT", 1L,
                "SEGMENT_MEMBER", members, "INTERACTION", interaction));
    }

    private void agree(List<RuleGroup> queries) {
        for (RuleGroup query : queries) {
            assertThat(count(query, SegmentFixture.AS_OF)).as("%s", query)
                    .isEqualTo(sqlCount(query, SegmentFixture.AS_OF));
        }
    }

    private static List<RuleGroup> queries() {
        List<RuleGroup> queries = new ArrayList<>(List.of(NESTED));
        Random random = new Random(5);
        for (int i = 0; i < 60; i++) {
            queries.add(SegmentCounterTest.group(random, 0));
        }
        return queries;
    }

    private long count(RuleGroup query, Instant asOf) {
        try {
            return new SegmentCounter(store.dsl(), new SegmentConditions(store.dsl(), asOf),
                    new RuleReads(store.dsl(), Runnable::run, 1), answers).count(query);
        } catch (SegmentException e) {
            return -2;
        }
    }

    private long sqlCount(RuleGroup query, Instant asOf) {
        try {
            return SegmentMemberQueries.sqlCount(store.dsl(), new SegmentConditions(store.dsl(), asOf), query);
        } catch (SegmentException e) {
            return -2;
        }
    }
}
