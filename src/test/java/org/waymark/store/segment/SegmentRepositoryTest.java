package org.waymark.store.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.store.schema.Tables.JOURNEY;
import static org.waymark.store.schema.Tables.SEGMENT;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.segment.ConsentComparison;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSummary;
import org.waymark.model.segment.SubscriptionRule;

class SegmentRepositoryTest extends SegmentStoreTest {

    private static final RuleGroup BOSTON = RuleGroup.all(new FieldRule(ContactField.CITY, FieldOperator.EQUALS,
            "Boston"));

    private SegmentRepository segments;

    @BeforeEach
    void open() {
        segments = new SegmentRepository(store, Clock.fixed(SegmentFixture.AS_OF, ZoneOffset.UTC));
    }

    @Test
    void dynamicSegmentsAreSavedListedFoundAndCounted() {
        RuleGroup query = RuleGroup.all(new SubscriptionRule("Newsletter", true),
                new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.MARKETING));
        long id = segments.createDynamic("Keen readers", "Newsletter and marketing consent", query);
        SegmentSummary saved = segments.find(id).orElseThrow();
        assertThat(saved).isEqualTo(new SegmentSummary(id, "Keen readers", SegmentKind.DYNAMIC,
                "Newsletter and marketing consent", query));
        assertThat(segments.findByName("Keen readers")).contains(saved);
        assertThat(segments.list()).extracting(SegmentSummary::name)
                .containsExactly("Events", "Keen readers", "Newsletter", "VIP");
        assertThat(segments.memberCount(id)).isEqualTo(4);
        assertThat(segments.members(id, "", 10)).extracting(ContactSummary::id).containsExactly(11L, 1L, 7L, 2L);
        assertThat(segments.count(query, SegmentFixture.AS_OF)).isEqualTo(4);
        assertThat(segments.preview(query, SegmentFixture.AS_OF, 2)).extracting(ContactSummary::fullName)
                .containsExactly("Kim Berg", "Ann Lee");
        assertThat(segments.count(RuleGroup.all(), SegmentFixture.AS_OF)).isEqualTo(12);
        ContactSummary ann = segments.preview(BOSTON, SegmentFixture.AS_OF, 5).get(0);
        assertThat(ann).isEqualTo(new ContactSummary(1, "Ann", "Lee", "ann@contoso.example", "Contoso", 1, "Boston",
                "Head office", ConsentLevel.PROFILING));
    }

    @Test
    void updatingADynamicSegmentReplacesNameDescriptionAndQuery() {
        long id = segments.createDynamic("Boston", null, BOSTON);
        RuleGroup paris = RuleGroup.all(new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "Paris"));
        segments.updateDynamic(id, "Paris", "French capital", paris);
        assertThat(segments.find(id)).contains(new SegmentSummary(id, "Paris", SegmentKind.DYNAMIC, "French capital",
                paris));
        assertThatThrownBy(() -> segments.updateDynamic(SegmentFixture.VIP, "VIP", null, paris))
                .isInstanceOf(SegmentException.class).hasMessage("Segment \"VIP\" is a static, not a dynamic segment");
        assertThat(store.dsl().fetchValue(SEGMENT.QUERY_JSON, SEGMENT.ID.eq(id)))
                .isEqualTo("{\"match\":\"all\",\"conditions\":[{\"field\":\"city\",\"operator\":\"equals\","
                        + "\"value\":\"Paris\"}]}");
    }

    @Test
    void namesAreCheckedAndUnique() {
        assertThatThrownBy(() -> segments.createStatic(" ", null)).isInstanceOf(SegmentException.class)
                .hasMessage("Segment name: must not be blank");
        assertThatThrownBy(() -> segments.createStatic("x".repeat(201), null))
                .hasMessage("Segment name: 201 characters is too long (at most 200)");
        assertThatThrownBy(() -> segments.createSubscriptionList("Newsletter", null))
                .hasMessage("Segment name: there is already a segment called \"Newsletter\"");
        assertThatThrownBy(() -> segments.createStatic("Long story", "d".repeat(1001)))
                .hasMessage("Segment description: 1001 characters is too long (at most 1000)");
        long id = segments.createStatic("x".repeat(200), null);
        assertThatThrownBy(() -> segments.rename(id, "VIP"))
                .hasMessage("Segment name: there is already a segment called \"VIP\"");
        assertThatThrownBy(() -> segments.createDynamic("Gardeners", null,
                RuleGroup.all(new SubscriptionRule("Gardening", true))))
                .hasMessage("There is no subscription list \"Gardening\"");
        assertThat(segments.list()).hasSize(4);
    }

    @Test
    void renameDescribeAndDelete() {
        long id = segments.createStatic("Partners", "First draft");
        segments.rename(id, "Partners 2026");
        segments.describe(id, "Signed partners");
        assertThat(segments.find(id)).contains(new SegmentSummary(id, "Partners 2026", SegmentKind.STATIC,
                "Signed partners", null));
        segments.describe(id, "  ");
        assertThat(segments.find(id).orElseThrow().description()).isNull();
        segments.addMembers(id, List.of(1L, 2L));
        segments.delete(id);
        assertThat(segments.find(id)).isEmpty();
        assertThatThrownBy(() -> segments.rename(id, "Gone")).isInstanceOf(SegmentException.class)
                .hasMessage("Segment " + id + " no longer exists in the store");
    }

    @Test
    void aSegmentInUseCanBeNeitherRenamedNorDeleted() {
        store.dsl().insertInto(JOURNEY, JOURNEY.NAME, JOURNEY.STATUS, JOURNEY.TILE_COUNT, JOURNEY.FORMAT_VERSION,
                JOURNEY.DEFINITION).values("Spring", "DRAFT", 1, 1, """
                {"settings":{"suppressionSegment":"VIP"},"tiles":[{"type":"segmentGroup","segments":[
                {"type":"segment","segment":"Events"}]}]}""").execute();
        segments.createDynamic("Readers", null, RuleGroup.all(new SubscriptionRule("Newsletter", true)));
        assertThatThrownBy(() -> segments.delete(SegmentFixture.VIP)).isInstanceOf(SegmentException.class)
                .hasMessage("Segment \"VIP\" cannot be deleted: it is used by journey \"Spring\"; take it out of "
                        + "them first");
        assertThatThrownBy(() -> segments.rename(SegmentFixture.EVENTS, "Event invitations"))
                .hasMessageContaining("cannot be renamed: it is used by journey \"Spring\"");
        assertThatThrownBy(() -> segments.delete(SegmentFixture.NEWSLETTER))
                .hasMessageContaining("it is used by segment \"Readers\"");
        assertThat(segments.usersOf(SegmentFixture.EVENTS)).containsExactly("journey \"Spring\"");
        segments.rename(SegmentFixture.EVENTS, "Events");
        segments.describe(SegmentFixture.VIP, "still here");
        assertThat(segments.list()).hasSize(4);
    }

    @Test
    void handPickedMembersAreAddedRemovedAndSearched() {
        long id = segments.createStatic("Picked", null);
        assertThat(segments.addMembers(id, List.of(3L, 4L, 4L, 999L))).isEqualTo(2);
        assertThat(segments.addMembers(id, List.of(3L, 5L))).isEqualTo(1);
        assertThat(segments.memberCount(id)).isEqualTo(3);
        assertThat(segments.members(id, "", 10)).extracting(ContactSummary::id).containsExactly(3L, 5L, 4L);
        assertThat(segments.members(id, "FABRIKAM", 10)).extracting(ContactSummary::id).containsExactly(3L, 5L);
        assertThat(segments.members(id, "eve mor", 10)).extracting(ContactSummary::id).containsExactly(5L);
        assertThat(segments.members(id, "", 1)).hasSize(1);
        assertThat(segments.removeMembers(id, List.of(5L, 6L))).isEqualTo(1);
        assertThat(segments.addMatching(id, "contoso")).isEqualTo(3);
        assertThat(segments.addMatching(id, "contoso")).isZero();
        assertThat(segments.members(id, null, 10)).extracting(ContactSummary::id).containsExactly(3L, 8L, 1L, 4L, 2L);
        assertThatThrownBy(() -> segments.addMatching(id, " "))
                .hasMessage("Search text: must not be blank when adding the contacts it finds");
        assertThat(segments.members(SegmentFixture.NEWSLETTER, "", 10)).hasSize(5);
        assertThat(segments.addMembers(SegmentFixture.NEWSLETTER, List.of(12L))).isEqualTo(1);
        assertThat(segments.memberCount(SegmentFixture.NEWSLETTER)).isEqualTo(6);
    }

    @Test
    void dynamicSegmentsHaveNoHandPickedMembers() {
        long id = segments.createDynamic("Boston", null, BOSTON);
        assertThatThrownBy(() -> segments.addMembers(id, List.of(1L))).isInstanceOf(SegmentException.class)
                .hasMessage("Segment \"Boston\" is dynamic: its members come from its query, not from adding or "
                        + "removing contacts");
        assertThatThrownBy(() -> segments.removeMembers(id, List.of(1L))).isInstanceOf(SegmentException.class);
        assertThat(segments.members(id, "finn", 10)).extracting(ContactSummary::id).containsExactly(6L);
    }
}
