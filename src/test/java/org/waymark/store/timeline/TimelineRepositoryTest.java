package org.waymark.store.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.store.timeline.TimelineTestData.NOW;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.timeline.ContactScope;
import org.waymark.model.timeline.TimelineCursor;
import org.waymark.model.timeline.TimelineFilter;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.model.timeline.TimelinePeriod;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.store.Store;

class TimelineRepositoryTest {

    private static final TimelineProfile ANA = TimelineProfile.contact(1, "Ana Silva");
    private static final TimelineProfile HARBOR = TimelineProfile.account(1, "Harbor Foods");

    @TempDir
    Path dir;
    private Store store;
    private TimelineRepository timeline;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("store"));
        TimelineTestData.fill(store);
        timeline = new TimelineRepository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aContactsTimelineIsNewestFirstAndPagesJoinUpWithoutGapsOrRepeats() {
        List<TimelineItem> all = timeline.page(ANA, TimelineFilter.none(), null, 100, NOW);
        assertThat(all).hasSize(10).allSatisfy(i -> assertThat(i.contactName()).isEqualTo("Ana Silva"));
        assertThat(all).extracting(TimelineItem::occurredAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all.get(0).subtype()).isEqualTo("clicked");

        List<TimelineItem> paged = new ArrayList<>();
        TimelineCursor cursor = null;
        for (List<TimelineItem> page; !(page = timeline.page(ANA, TimelineFilter.none(), cursor, 3, NOW)).isEmpty(); ) {
            paged.addAll(page);
            cursor = TimelineCursor.after(page.get(page.size() - 1));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(timeline.count(ANA, TimelineFilter.none(), NOW)).isEqualTo(10);
    }

    @Test
    void simulatedInteractionsAreMarkedWithTheirJourneyAndCanBeHidden() {
        store.dsl().execute("INSERT INTO simulation_run (run_id, journey_name, seed, model_name, started_at, "
                + "period_seconds, contacts, interactions) VALUES ('run-1', 'Welcome series', 7, 'default', ?, 86400, 1, 1)",
                NOW);
        store.dsl().execute("INSERT INTO interaction (id, contact_id, account_id, type, subtype, occurred_at, "
                + "asset_kind, asset_id, asset_name, source, run_id, tile_id) VALUES (5000, 1, 1, 'EMAIL', 'opened', ?, "
                + "'email', 1, 'Spring offer', 'simulation', 'run-1', 'welcome')", NOW.minusMinutes(1));
        store.dsl().execute("INSERT INTO simulation_tile (run_id, tile_id, tile_name) "
                + "VALUES ('run-1', 'welcome', 'Send the welcome email')");

        TimelineItem newest = timeline.page(ANA, TimelineFilter.none(), null, 1, NOW).get(0);
        assertThat(newest.isSimulated()).isTrue();
        assertThat(newest.simulatedIn()).isEqualTo("Welcome series");
        assertThat(newest.simulatedAt()).as("the tile, as named in the run").isEqualTo("Send the welcome email");
        assertThat(timeline.page(ANA, TimelineFilter.none(), null, 100, NOW)).filteredOn(i -> !i.isSimulated())
                .allSatisfy(i -> assertThat(i.simulatedIn() + i.simulatedAt()).isEmpty());
        TimelineFilter real = TimelineFilter.none().withSimulated(false);
        assertThat(timeline.count(ANA, real, NOW)).isEqualTo(timeline.count(ANA, TimelineFilter.none(), NOW) - 1);
        assertThat(timeline.page(ANA, real, null, 100, NOW)).noneMatch(TimelineItem::isSimulated);
        assertThat(real.isActive()).as("hiding them is a filter").isTrue();
    }

    @Test
    void aCappedCountStopsOnePastTheCap() {
        assertThat(timeline.countUpTo(ANA, TimelineFilter.none(), 3, NOW)).isEqualTo(4);
        assertThat(timeline.countUpTo(ANA, TimelineFilter.none(), 10, NOW)).isEqualTo(10);
        assertThat(timeline.countUpTo(ANA, TimelineFilter.none(), 100, NOW)).isEqualTo(10);
        assertThat(timeline.countUpTo(ANA, TimelineFilter.none().withTypes(Set.of(InteractionType.EMAIL)), 100, NOW))
                .isEqualTo(timeline.count(ANA, TimelineFilter.none().withTypes(Set.of(InteractionType.EMAIL)), NOW));
    }

    @Test
    void typesSubtypesPeriodsAndSearchNarrowTheTimeline() {
        TimelineFilter emails = TimelineFilter.none().withTypes(Set.of(InteractionType.EMAIL));
        assertThat(timeline.count(ANA, emails, NOW)).isEqualTo(5);
        TimelineFilter opened = emails.withSubtypes(Set.of(TimelineFilter.subtypeKey(InteractionType.EMAIL, "opened")));
        assertThat(timeline.page(ANA, opened, null, 10, NOW)).extracting(TimelineItem::detail)
                .containsExactly("Mobile", "Desktop");
        // a subtype narrows its own type only: web visits stay whole
        TimelineFilter openedAndWeb = opened.withTypes(Set.of(InteractionType.EMAIL, InteractionType.WEB));
        assertThat(timeline.count(ANA, openedAndWeb, NOW)).isEqualTo(3);

        assertThat(timeline.count(ANA, TimelineFilter.none().withPeriod(TimelinePeriod.LAST_24_HOURS), NOW)).isEqualTo(3);
        assertThat(timeline.count(ANA, TimelineFilter.none().withPeriod(TimelinePeriod.LAST_7_DAYS), NOW)).isEqualTo(5);
        assertThat(timeline.count(ANA, TimelineFilter.none().withPeriod(TimelinePeriod.LAST_30_DAYS), NOW)).isEqualTo(8);
        assertThat(timeline.count(ANA, TimelineFilter.none().withPeriod(TimelinePeriod.LAST_12_MONTHS), NOW)).isEqualTo(9);
        TimelineFilter tenDaysAgo = TimelineFilter.none().withCustomRange(NOW.toLocalDate().minusDays(10),
                NOW.toLocalDate().minusDays(9));
        assertThat(timeline.count(ANA, tenDaysAgo, NOW)).isEqualTo(3);
        assertThat(timeline.count(ANA, TimelineFilter.none().withCustomRange(null, LocalDate.of(2025, 12, 31)), NOW))
                .isEqualTo(1);

        assertThat(timeline.page(ANA, TimelineFilter.none().withSearch("  SPRING "), null, 10, NOW)).hasSize(5)
                .allSatisfy(i -> assertThat(i.assetName()).isEqualTo("Spring offer"));
        assertThat(timeline.page(ANA, TimelineFilter.none().withSearch("so-1042"), null, 10, NOW))
                .extracting(TimelineItem::subtype).containsExactly("Order placed");
    }

    @Test
    void searchTextIsMatchedLiterallyNeverAsAPatternOrSql() {
        assertThat(timeline.count(HARBOR, TimelineFilter.none().withSearch("100%"), NOW)).isEqualTo(1);
        assertThat(timeline.count(HARBOR, TimelineFilter.none().withSearch("%"), NOW)).isEqualTo(1);
        assertThat(timeline.count(HARBOR, TimelineFilter.none().withSearch("_"), NOW)).isZero();
        assertThat(timeline.count(HARBOR, TimelineFilter.none().withSearch("' OR '1'='1"), NOW)).isZero();
    }

    @Test
    void anAccountsTimelineHoldsItsContactsAndWhatIsMappedToNoContact() {
        assertThat(timeline.count(HARBOR, TimelineFilter.none(), NOW)).isEqualTo(12);
        assertThat(timeline.count(HARBOR, TimelineFilter.none().withScope(ContactScope.contact(2)), NOW)).isEqualTo(1);
        List<TimelineItem> unmapped = timeline.page(HARBOR, TimelineFilter.none().withScope(ContactScope.notMapped()),
                null, 10, NOW);
        assertThat(unmapped).singleElement().satisfies(i -> {
            assertThat(i.hasContact()).isFalse();
            assertThat(i.assetName()).isEqualTo("Support calls");
        });
        assertThat(timeline.contactsOf(1)).extracting(TimelineRepository.ContactChoice::name)
                .containsExactly("Ben Okafor", "Ana Silva");
        // same instant: the later row first
        List<TimelineItem> fiveHoursAgo = timeline.page(HARBOR, TimelineFilter.none(), null, 12, NOW).stream()
                .filter(i -> i.occurredAt().equals(NOW.minusHours(5))).toList();
        assertThat(fiveHoursAgo).extracting(TimelineItem::contactName).containsExactly("Ben Okafor", "Ana Silva");
        assertThat(timeline.subtypesOf(HARBOR, InteractionType.ACTIVITY)).containsExactly("Call logged", "Order placed");
    }

    @Test
    void anAccountsPagesJoinUpAcrossItemsOfTheSameInstant() {
        List<TimelineItem> all = timeline.page(HARBOR, TimelineFilter.none(), null, 100, NOW);
        List<TimelineItem> paged = new ArrayList<>();
        TimelineCursor cursor = null;
        for (List<TimelineItem> page; !(page = timeline.page(HARBOR, TimelineFilter.none(), cursor, 1, NOW)).isEmpty(); ) {
            paged.addAll(page);
            cursor = TimelineCursor.after(page.get(page.size() - 1));
        }
        assertThat(paged).hasSize(12).isEqualTo(all);
    }
}
