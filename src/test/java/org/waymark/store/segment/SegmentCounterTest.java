package org.waymark.store.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.segment.Behaviour;
import org.waymark.model.segment.BehaviourRule;
import org.waymark.model.segment.ConsentComparison;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.GroupMatch;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentRule;
import org.waymark.model.segment.SubscriptionRule;

/**
 * The in-memory count agrees with the store's SQL count for hundreds of random nested queries over
 * {@link SegmentFixture}, also once contact ids have gaps and interactions name contacts that are gone.
 */
class SegmentCounterTest extends SegmentStoreTest {

    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final RuleAnswers answers = new RuleAnswers(64);

    @AfterEach
    void close() {
        readers.shutdownNow();
    }

    @Test
    void randomQueriesCountAsTheirSql() {
        agreeOn(new Random(7), 400);
    }

    @Test
    void gapsInIdsAndInteractionsOfRemovedContactsChangeNothing() {
        store.dsl().deleteFrom(INTERACTION).where(INTERACTION.CONTACT_ID.eq(6L)).execute();
        store.dsl().deleteFrom(CONTACT).where(CONTACT.ID.eq(6L)).execute();
        store.dsl().insertInto(INTERACTION, INTERACTION.CONTACT_ID, INTERACTION.TYPE, INTERACTION.SUBTYPE,
                INTERACTION.OCCURRED_AT, INTERACTION.SOURCE).values(99L, "EMAIL", "opened",
                SegmentFixture.NOW.minusDays(1), "test").execute();
        RuleGroup didNotOpen = RuleGroup.all(new BehaviourRule(Behaviour.EMAIL_OPENED, null, 30, false));
        assertThat(count(didNotOpen)).isEqualTo(sqlCount(didNotOpen)).isEqualTo(8);
        agreeOn(new Random(11), 200);
    }

    @Test
    void anEmptyStoreAndAnEmptyQueryCountEveryone() {
        assertThat(count(RuleGroup.all())).isEqualTo(12);
        store.dsl().deleteFrom(INTERACTION).execute();
        store.dsl().deleteFrom(CONTACT).execute();
        RuleGroup none = new RuleGroup(GroupMatch.NONE, List.of(
                new SubscriptionRule("Newsletter", true), new BehaviourRule(Behaviour.EMAIL_OPENED, null, 30)));
        assertThat(count(none)).isZero();
    }

    @Test
    void aRuleThatCannotBeReadFailsTheCountWithItsOwnErrorAndLeavesNoConnectionBehind() {
        RuleGroup query = RuleGroup.all(new SubscriptionRule("Newsletter", true),
                RuleGroup.any(new SubscriptionRule("No such list", true), new ConsentRule(ConsentComparison.AT_LEAST,
                        ConsentLevel.MARKETING)), new BehaviourRule(Behaviour.EMAIL_OPENED, null, 30));
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> count(query)).isInstanceOf(SegmentException.class)
                    .hasMessageContaining("No such list");
        }
        assertThat(count(RuleGroup.all(new SubscriptionRule("Newsletter", true))))
                .isEqualTo(sqlCount(RuleGroup.all(new SubscriptionRule("Newsletter", true))));
    }

    @Test
    void oneReaderCountsAsSeveral() {
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) {
            RuleGroup query = group(random, 0);
            long alone = new SegmentCounter(store.dsl(), new SegmentConditions(store.dsl(), SegmentFixture.AS_OF),
                    new RuleReads(store.dsl(), Runnable::run, 1), new RuleAnswers(0)).count(query);
            assertThat(count(query)).as("query %d: %s", i, query).isEqualTo(alone);
        }
    }

    private void agreeOn(Random random, int queries) {
        for (int i = 0; i < queries; i++) {
            RuleGroup query = group(random, 0);
            assertThat(count(query)).as("query %d: %s", i, query).isEqualTo(sqlCount(query));
        }
    }

    private long count(RuleGroup query) {
        return new SegmentCounter(store.dsl(), new SegmentConditions(store.dsl(), SegmentFixture.AS_OF),
                new RuleReads(store.dsl(), readers, 3), answers).count(query);
    }

    private long sqlCount(RuleGroup query) {
        return SegmentMemberQueries.sqlCount(store.dsl(), new SegmentConditions(store.dsl(), SegmentFixture.AS_OF),
                query);
    }

    static RuleGroup group(Random random, int depth) {
        List<SegmentRule> rules = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            rules.add(depth < 3 && random.nextInt(4) == 0 ? group(random, depth + 1) : rule(random));
        }
        return new RuleGroup(GroupMatch.values()[random.nextInt(GroupMatch.values().length)], rules);
    }

    private static SegmentRule rule(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> {
                ContactField field = ContactField.values()[random.nextInt(ContactField.values().length)];
                FieldOperator operator = FieldOperator.values()[random.nextInt(FieldOperator.values().length)];
                String[] values = {"Boston", "USA", "Manager", "Contoso", "100%", "o", "_", "Paris", "Retail",
                    "Europe", "example.org"};
                yield new FieldRule(field, operator, values[random.nextInt(values.length)]);
            }
            case 1 -> new ConsentRule(ConsentComparison.values()[random.nextInt(ConsentComparison.values().length)],
                    ConsentLevel.values()[random.nextInt(ConsentLevel.values().length)]);
            case 2 -> new SubscriptionRule(random.nextBoolean() ? "Newsletter" : "Events", random.nextBoolean());
            default -> new BehaviourRule(Behaviour.values()[random.nextInt(Behaviour.values().length)],
                    random.nextBoolean() ? null : "Welcome", 1 + random.nextInt(40), random.nextBoolean());
        };
    }
}
