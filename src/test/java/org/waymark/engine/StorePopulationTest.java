package org.waymark.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.engine.behaviour.ContactTraits;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;

/** The store's audience as a population: contacts, units, segments with their kinds and joining times. */
class StorePopulationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theDemoStoreBecomesAPopulation(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC), 40, 300).generate(store);
            StorePopulation source = new StorePopulation(store);
            Population population = source.load(NOW);

            assertThat(population.size()).isEqualTo(300);
            var first = store.dsl().selectFrom(CONTACT).where(CONTACT.ID.eq(population.contactId(0))).fetchOne();
            assertThat(population.traits(0)).isEqualTo(new ContactTraits(first.getId(),
                    first.getAccountId() == null ? InteractionBatch.NONE : first.getAccountId(), first.getConsentRank(),
                    first.getCity(), first.getCountry(), first.getJobTitle()));
            assertThat(population.businessUnits()).containsEntry(1L, InteractionBatch.NONE).containsEntry(2L, 1L);
            assertThat(population.segmentNames()).hasSize(9).contains("Newsletter", "Marketing consent");
            assertThat(population.segment("Newsletter").orElseThrow().isSubscriptionList()).isTrue();
            assertThat(population.memberCount("Newsletter")).isEqualTo(store.dsl().fetchCount(SEGMENT_MEMBER
                    .join(SEGMENT).on(SEGMENT.ID.eq(SEGMENT_MEMBER.SEGMENT_ID)), SEGMENT.NAME.eq("Newsletter")));
            assertThat(population.memberCount("Marketing consent"))
                    .isEqualTo(store.dsl().fetchCount(CONTACT, CONTACT.CONSENT_RANK.ge(4)));

            SegmentMembers dynamic = population.segment("Marketing consent").orElseThrow();
            int member = java.util.stream.IntStream.range(0, population.size())
                    .filter(i -> population.consentRank(i) >= 4).findFirst().orElseThrow();
            assertThat(dynamic.joinedAt(member)).isEqualTo(SegmentMembers.ALWAYS);
            long joined = population.segment("Newsletter").orElseThrow().joinedAt(population.indexOf(
                    store.dsl().select(SEGMENT_MEMBER.CONTACT_ID).from(SEGMENT_MEMBER).join(SEGMENT)
                            .on(SEGMENT.ID.eq(SEGMENT_MEMBER.SEGMENT_ID)).where(SEGMENT.NAME.eq("Newsletter"))
                            .limit(1).fetchOne(SEGMENT_MEMBER.CONTACT_ID)));
            assertThat(joined).isLessThan(NOW.getEpochSecond()).isGreaterThan(NOW.getEpochSecond() - 400L * 86_400);

            assertThat(source.businessUnitId("Bluefield Americas")).isEqualTo(2L);
            assertThat(source.businessUnitId("Nowhere")).isEqualTo(InteractionBatch.NONE);
            assertThat(source.businessUnitId(null)).isEqualTo(InteractionBatch.NONE);
        }
    }
}
