package org.waymark.store.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.store.schema.Tables.CONTACT;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.GroupMatch;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentRule;
import org.waymark.model.segment.SegmentSummary;
import org.waymark.model.segment.SubscriptionRule;

/**
 * Segment names and rule values with quotes, SQL, LIKE wildcards, non-Latin scripts and great length are stored and
 * returned verbatim and match only literally.
 */
class SegmentHostileInputTest extends SegmentStoreTest {

    private static final List<String> HOSTILE = List.of("'; DROP TABLE contact; --", "\" OR \"1\"=\"1", "O'Brien",
            "100% _sure_ \\", "%", "_", "\\", "名前テスト", "Ωμέγα Ünïcödé", "العربية", " padded ");

    private SegmentRepository segments;

    @BeforeEach
    void open() {
        for (int i = 0; i < HOSTILE.size(); i++) {
            store.dsl().update(CONTACT).set(CONTACT.JOB_TITLE, HOSTILE.get(i)).where(CONTACT.ID.eq(i + 1L)).execute();
        }
        segments = new SegmentRepository(store, Clock.fixed(SegmentFixture.AS_OF, ZoneOffset.UTC));
    }

    @Test
    void namesAndDescriptionsComeBackVerbatim() {
        for (String text : HOSTILE) {
            long id = segments.createStatic(text, text);
            assertThat(segments.find(id).orElseThrow()).extracting(SegmentSummary::name, SegmentSummary::description)
                    .containsExactly(text, text.isBlank() ? null : text);
            assertThat(segments.findByName(text)).isPresent();
        }
        String longest = "ß".repeat(199) + "名";
        long id = segments.createStatic(longest, null);
        assertThat(segments.find(id).orElseThrow().name()).isEqualTo(longest);
        assertThat(segments.list()).hasSize(HOSTILE.size() + 4);
        assertThat(store.dsl().fetchCount(CONTACT)).isEqualTo(12);
    }

    @Test
    void valuesMatchOnlyLiterally() {
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            long contact = i + 1L;
            assertThat(ids(FieldOperator.EQUALS, text)).as(text).containsExactly(contact);
            assertThat(ids(FieldOperator.STARTS_WITH, text)).as(text).contains(contact)
                    .allSatisfy(id -> assertThat(HOSTILE.get((int) (id - 1))).startsWith(text));
            assertThat(ids(FieldOperator.ENDS_WITH, text)).as(text).contains(contact)
                    .allSatisfy(id -> assertThat(HOSTILE.get((int) (id - 1))).endsWith(text));
            assertThat(ids(FieldOperator.CONTAINS, text)).as(text).contains(contact)
                    .allSatisfy(id -> assertThat(HOSTILE.get((int) (id - 1))).contains(text));
            assertThat(ids(FieldOperator.NOT_EQUALS, text)).as(text).hasSize(11).doesNotContain(contact);
        }
        assertThat(ids(FieldOperator.CONTAINS, "%")).containsExactly(4L, 5L);
        assertThat(ids(FieldOperator.CONTAINS, "_")).containsExactly(4L, 6L);
        assertThat(ids(FieldOperator.CONTAINS, "\\")).containsExactly(4L, 7L);
        assertThat(ids(FieldOperator.CONTAINS, "DROP TABLE")).containsExactly(1L);
        assertThat(store.dsl().fetchCount(CONTACT)).isEqualTo(12);
    }

    @Test
    void hostileQueriesAreStoredVerbatimAndSearchesMatchLiterally() {
        RuleGroup query = new RuleGroup(GroupMatch.ANY, HOSTILE.stream()
                .<SegmentRule>map(text -> new FieldRule(ContactField.JOB_TITLE, FieldOperator.EQUALS, text)).toList());
        long id = segments.createDynamic("'; DROP TABLE segment; --", null, query);
        assertThat(segments.find(id).orElseThrow().query()).isEqualTo(query);
        assertThat(segments.memberCount(id)).isEqualTo(HOSTILE.size());
        assertThat(segments.members(id, "%", 20)).extracting(ContactSummary::account)
                .containsExactly("Northwind_100%", "Northwind_100%");
        assertThat(segments.members(id, "'", 20)).extracting(ContactSummary::id).containsExactly(6L);
        assertThatThrownBy(() -> segments.createDynamic("List", null,
                RuleGroup.all(new SubscriptionRule("'; DROP TABLE segment; --", true))))
                .hasMessage("\"'; DROP TABLE segment; --\" is a dynamic segment, not a subscription list");
        long list = segments.createSubscriptionList("名前テスト 100%", null);
        segments.addMembers(list, List.of(3L));
        assertThat(segments.count(RuleGroup.all(new SubscriptionRule("名前テスト 100%", true)),
                SegmentFixture.AS_OF)).isEqualTo(1);
        assertThat(segments.addMatching(list, "_")).isEqualTo(3);
        assertThat(segments.members(list, "", 10)).extracting(ContactSummary::id).containsExactly(3L, 12L, 6L, 10L);
    }

    private List<Long> ids(FieldOperator operator, String value) {
        return segments.preview(RuleGroup.all(new FieldRule(ContactField.JOB_TITLE, operator, value)),
                SegmentFixture.AS_OF, 50).stream().map(ContactSummary::id).sorted().toList();
    }
}
