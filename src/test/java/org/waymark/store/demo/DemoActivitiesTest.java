package org.waymark.store.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.store.Store;
import org.waymark.store.activity.ActivityRepository;
import org.waymark.store.source.DataSources;

class DemoActivitiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theSamplesReachTheDemoContactsTimelines() {
        try (Store store = Store.open(dir.resolve("store"))) {
            new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK).generate(store);
            new DemoActivities(CLOCK).install(store);
            assertThat(new DataSources(store).list()).extracting(s -> s.name())
                    .containsExactlyInAnyOrder("orders", "order_lines", "support_calls", "reviews", "loyalty");
            assertThat(new ActivityRepository(store, CLOCK).list()).hasSize(5);
            int onTimelines = store.dsl().fetchCount(store.dsl().selectFrom("interaction")
                    .where("source LIKE 'activity:%' AND contact_id IS NOT NULL"));
            assertThat(onTimelines).as("activity rows matched to demo contacts").isGreaterThan(500);
            int hidden = store.dsl().fetchCount(store.dsl().selectFrom("interaction")
                    .where("source = 'activity:Order lines'"));
            assertThat(hidden).as("order lines are hidden in the sample mapping").isZero();
        }
    }
}
