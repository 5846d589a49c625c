package org.waymark.store.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.store.schema.Tables.CONTACT;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentSample;

/**
 * A sample's count and first members, picked from the counted set, are the SQL count and the SQL preview, whether
 * the members are read by id, walked to in name order (also across contacts of the same name), or left to SQL.
 */
class FirstMembersTest extends SegmentStoreTest {


    @BeforeEach
    void open() {
        String[][] namesakes = {{"Ann", "Lee"}, {"Ann", "Lee"}, {"Zoe", "Lee"}, {"Ann", "Abbot"}, {"Ann", "Lee"}};
        for (int i = 0; i < namesakes.length; i++) {
            store.dsl().insertInto(CONTACT, CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.CITY,
                    CONTACT.BUSINESS_UNIT_ID, CONTACT.CONSENT_RANK)
                    .values(13L + i, namesakes[i][0], namesakes[i][1], i % 2 == 0 ? "Boston" : "Paris", 1L, i)
                    .execute();
        }
    }

    @Test
    void readById() {
        agreeOn(new FirstMembers(100, 1_000, 20), new Random(1), 150);
    }

    @Test
    void walkedInNameOrderInSmallBatches() {
        agreeOn(new FirstMembers(0, 2, 100), new Random(2), 150);
        agreeOn(new FirstMembers(0, 1, 100), new Random(3), 100);
    }

    @Test
    void tooSparseToWalkIsLeftToSql() {
        agreeOn(new FirstMembers(0, 1, 2), new Random(4), 150);
    }

    @Test
    void namesakesComeInIdOrderAcrossBatches() {
        RuleGroup boston = RuleGroup.all(new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "Boston"));
        SegmentSample sample = queries(new FirstMembers(0, 1, 100)).sample(boston, SegmentFixture.AS_OF, 10);
        assertThat(sample.first()).extracting(ContactSummary::id).containsExactly(1L, 13L, 17L, 15L, 6L);
        assertThat(sample.count()).isEqualTo(5);
    }

    private void agreeOn(FirstMembers firstMembers, Random random, int queries) {
        SegmentMemberQueries sampled = queries(firstMembers);
        for (int i = 0; i < queries; i++) {
            RuleGroup query = SegmentCounterTest.group(random, 0);
            int limit = 1 + random.nextInt(6);
            SegmentSample sample = sampled.sample(query, SegmentFixture.AS_OF, limit);
            List<ContactSummary> sql = sampled.preview(query, SegmentFixture.AS_OF, limit);
            assertThat(sample.first()).as("query %d: %s", i, query).isEqualTo(sql);
            assertThat(sample.count()).as("query %d: %s", i, query).isEqualTo(SegmentMemberQueries.sqlCount(
                    store.dsl(), new SegmentConditions(store.dsl(), SegmentFixture.AS_OF), query));
        }
    }

    private SegmentMemberQueries queries(FirstMembers firstMembers) {
        return new SegmentMemberQueries(store.dsl(), Clock.fixed(SegmentFixture.AS_OF, ZoneOffset.UTC),
                new RuleReads(store.dsl(), Runnable::run, 1), new RuleAnswers(0), firstMembers);
    }
}
