package org.waymark.store.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.SEGMENT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.store.ContactRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.schema.DefaultSchema;

class DemoWorkspaceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void theSameSeedGivesTheSameWorkspaceAndAnotherSeedDoesNot(@TempDir Path dir) throws Exception {
        String first = generateAndDigest(dir.resolve("a"), DemoWorkspace.DEFAULT_SEED);
        String second = generateAndDigest(dir.resolve("b"), DemoWorkspace.DEFAULT_SEED);
        String other = generateAndDigest(dir.resolve("c"), 7L);
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void theDemoIsBigEnoughAndEveryContactHasAHistory(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            assertThat(DemoWorkspace.isEmpty(store)).isTrue();
            DemoWorkspace.Summary summary = new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK).generate(store);
            assertThat(DemoWorkspace.isEmpty(store)).isFalse();
            assertThat(summary.contacts()).isGreaterThanOrEqualTo(2000);
            assertThat(summary.accounts()).isGreaterThanOrEqualTo(200);
            assertThat(summary.interactions()).isBetween(40_000, 65_000);
            var dsl = store.dsl();
            assertThat(dsl.fetchCount(CONTACT, CONTACT.ID.notIn(dsl.select(INTERACTION.CONTACT_ID).from(INTERACTION)
                    .where(INTERACTION.CONTACT_ID.isNotNull())))).isZero();
            assertThat(dsl.fetchCount(INTERACTION, INTERACTION.OCCURRED_AT.lt(java.time.LocalDateTime.of(2025, 11, 22, 10, 0))))
                    .isZero();
            assertThat(dsl.fetchExists(SEGMENT, SEGMENT.NAME.eq("Newsletter subscribers in New York"))).isTrue();
            assertThat(dsl.fetchCount(CONTACT, CONTACT.CITY.eq("New York"))).isGreaterThan(200);
            assertThat(dsl.selectDistinct(CONTACT.BUSINESS_UNIT_ID).from(CONTACT).fetch()).hasSize(2);
            assertThat(new JourneyRepository(store, CLOCK).list("")).hasSize(DemoWorkspace.SAMPLE_JOURNEYS.size());
            assertThat(new ContactRepository(store).search("new york", 0, 10)).isEmpty();
            assertThat(new ContactRepository(store).count("")).isEqualTo(summary.contacts());
            // identities continue after the generated ids
            long id = new JourneyRepository(store, CLOCK).insert(
                    new JourneyRepository(store, CLOCK).find(1).orElseThrow());
            assertThat(id).isEqualTo(DemoWorkspace.SAMPLE_JOURNEYS.size() + 1L);
        }
    }

    private static String generateAndDigest(Path dir, long seed) throws Exception {
        try (Store store = Store.open(dir)) {
            new DemoWorkspace(seed, CLOCK).generate(store);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                digest.update(table.getName().getBytes(StandardCharsets.UTF_8));
                for (Record row : store.dsl().selectFrom(table).orderBy(table.field(0)).fetch()) {
                    digest.update(row.formatCSV(false).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
