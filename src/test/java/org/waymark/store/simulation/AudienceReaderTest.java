package org.waymark.store.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;

class AudienceReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void demo() {
        store = Store.open(dir);
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private RecordingSink read() {
        RecordingSink sink = new RecordingSink();
        new AudienceReader(store).read(NOW, sink);
        return sink;
    }

    @Test
    void everyContactUnitAndSegmentInIdOrder() {
        RecordingSink sink = read();
        assertThat(sink.units).containsExactly(java.util.Map.entry(1L, InteractionBatch.NONE), java.util.Map.entry(2L, 1L),
                java.util.Map.entry(3L, 1L));
        assertThat(sink.contacts).hasSize(300);
        assertThat(sink.contacts).extracting(RecordingSink.Contact::id).isSorted().first().isEqualTo(1L);
        var first = store.dsl().selectFrom(CONTACT).where(CONTACT.ID.eq(1L)).fetchOne();
        RecordingSink.Contact read = sink.contacts.get(0);
        assertThat(read).isEqualTo(new RecordingSink.Contact(1, first.getAccountId() == null ? InteractionBatch.NONE
                : first.getAccountId(), first.getBusinessUnitId(), first.getConsentRank(), first.getCity(),
                first.getCountry(), first.getJobTitle()));
        assertThat(sink.contacts).anyMatch(c -> c.accountId() == InteractionBatch.NONE);
        assertThat(sink.kinds).hasSize(9).containsEntry("Newsletter", "SUBSCRIPTION_LIST")
                .containsEntry("Do not contact", "STATIC").containsEntry("Marketing consent", "DYNAMIC");
        assertThat(sink.order.indexOf("contact")).isGreaterThan(sink.order.lastIndexOf("unit"));
        assertThat(sink.order.indexOf("member")).isGreaterThan(sink.order.lastIndexOf("segment"));
    }

    @Test
    void listAndStaticMembersComeWithTheirJoiningTime() {
        RecordingSink sink = read();
        for (String segment : sink.kinds.keySet()) {
            if (sink.kinds.get(segment).equals("DYNAMIC")) {
                continue;
            }
            var stored = store.dsl().select(SEGMENT_MEMBER.CONTACT_ID, SEGMENT_MEMBER.ADDED_AT).from(SEGMENT_MEMBER)
                    .join(SEGMENT).on(SEGMENT.ID.eq(SEGMENT_MEMBER.SEGMENT_ID)).where(SEGMENT.NAME.eq(segment))
                    .fetchMap(r -> r.value1(), r -> r.value2().toEpochSecond(ZoneOffset.UTC));
            assertThat(sink.since.get(segment)).as(segment).isEqualTo(stored).isNotEmpty();
            assertThat(sink.members).doesNotContainKey(segment);
        }
    }

    @Test
    void dynamicSegmentsHoldWhomTheirQuerySelects() {
        RecordingSink sink = read();
        Set<Long> newsletter = sink.since.get("Newsletter").keySet();
        assertThat(sink.dynamicMembers("Newsletter subscribers in New York")).isNotEmpty()
                .isEqualTo(ids(sink, c -> "New York".equals(c.city()) && newsletter.contains(c.id())));
        assertThat(sink.dynamicMembers("Marketing consent")).isNotEmpty()
                .isEqualTo(ids(sink, c -> c.consentRank() >= 4));
        Set<Long> bostonAccounts = Set.copyOf(store.dsl().select(ACCOUNT.ID).from(ACCOUNT)
                .where(ACCOUNT.CITY.eq("Boston")).fetch(ACCOUNT.ID));
        assertThat(sink.dynamicMembers("Customers in Boston")).isNotEmpty()
                .isEqualTo(ids(sink, c -> bostonAccounts.contains(c.accountId())));
        LocalDateTime from = LocalDateTime.ofInstant(NOW, ZoneOffset.UTC).minusDays(30);
        TreeSet<Long> engaged = new TreeSet<>(store.dsl().select(INTERACTION.CONTACT_ID).from(INTERACTION)
                .where(INTERACTION.TYPE.eq("EMAIL")).and(INTERACTION.SUBTYPE.in("opened", "clicked"))
                .and(INTERACTION.OCCURRED_AT.ge(from)).fetch(INTERACTION.CONTACT_ID));
        assertThat(sink.dynamicMembers("Engaged in the last 30 days")).isNotEmpty().isEqualTo(engaged);
    }

    @Test
    void behaviourCountsBackFromTheEvaluationTimeAndLeavesSimulatedInteractionsOut() {
        RecordingSink now = read();
        long outsider = now.contacts.stream().map(RecordingSink.Contact::id)
                .filter(id -> !now.dynamicMembers("Engaged in the last 30 days").contains(id)).findFirst().orElseThrow();
        InteractionBatch simulated = new InteractionBatch();
        simulated.add(outsider, InteractionBatch.NONE, InteractionType.EMAIL, "opened", NOW.getEpochSecond() - 3600,
                "EMAIL", InteractionBatch.NONE, "Welcome", null, null);
        new InteractionWriter().write(store, simulated, "run-1");
        assertThat(read().dynamicMembers("Engaged in the last 30 days")).doesNotContain(outsider);

        RecordingSink yearLater = new RecordingSink();
        new AudienceReader(store).read(NOW.plusSeconds(365L * 24 * 3600), yearLater);
        assertThat(yearLater.dynamicMembers("Engaged in the last 30 days")).isEmpty();
    }

    @Test
    void valuesAreBoundNeverPastedIntoTheSql() {
        segment("Sneaky", """
                {"match":"any","conditions":[{"field":"city","operator":"equals","value":"x' OR '1'='1"}]}""");
        RecordingSink sink = read();
        assertThat(sink.kinds).containsEntry("Sneaky", "DYNAMIC");
        assertThat(sink.dynamicMembers("Sneaky")).isEmpty();
    }

    @Test
    void aQueryThatCannotBeEvaluatedIsAClearErrorNamingTheSegmentAndThePath() {
        assertError("""
                {"match":"all","conditions":[{"field":"shoeSize","operator":"equals","value":"42"}]}""",
                "$.conditions[0].field: unknown field \"shoeSize\"");
        assertError("""
                {"match":"all","conditions":[{"field":"city","operator":"resembles","value":"York"}]}""",
                "$.conditions[0].operator: unknown operator \"resembles\"");
        assertError("""
                {"match":"all","conditions":[{"field":"consent","operator":"atLeast","value":"eternal"}]}""",
                "unknown consent level \"eternal\"");
        assertError("""
                {"match":"all","conditions":[{"subscribedTo":"Gardening"}]}""",
                "There is no subscription list \"Gardening\"");
        assertError("""
                {"match":"all","conditions":[{"behaviour":"emailForwarded","withinDays":3}]}""",
                "unknown behaviour \"emailForwarded\"");
        assertError("""
                {"match":"all","conditions":[{"behaviour":"emailOpened","withinDays":-3}]}""",
                "$.conditions[0].withinDays: must be a whole number of days");
        assertError("""
                {"match":"most","conditions":[{"field":"city","operator":"equals","value":"Paris"}]}""",
                "$.match: must be \"all\", \"any\" or \"none\"");
        assertError("{\"match\":\"all\",", "not valid JSON");
        assertError(null, "has no stored query");
    }

    private void assertError(String query, String... parts) {
        store.dsl().deleteFrom(SEGMENT).where(SEGMENT.NAME.eq("Odd")).execute();
        segment("Odd", query);
        assertThatThrownBy(this::read).isInstanceOf(SegmentQueryException.class)
                .hasMessageStartingWith("Dynamic segment \"Odd\": ").hasMessageContainingAll(parts);
    }

    private void segment(String name, String query) {
        store.dsl().insertInto(SEGMENT, SEGMENT.NAME, SEGMENT.KIND, SEGMENT.QUERY_JSON).values(name, "DYNAMIC", query)
                .execute();
    }

    private static TreeSet<Long> ids(RecordingSink sink, java.util.function.Predicate<RecordingSink.Contact> test) {
        return sink.contacts.stream().filter(test).map(RecordingSink.Contact::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
