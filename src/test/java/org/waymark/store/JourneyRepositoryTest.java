package org.waymark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.EveryTileJourney;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.JourneySummary;
import org.waymark.store.schema.Tables;

class JourneyRepositoryTest {

    @TempDir
    Path dir;
    private Store store;
    private JourneyRepository journeys;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        journeys = new JourneyRepository(store, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aJourneyComesBackAsItWasSaved() {
        Journey journey = EveryTileJourney.journey();
        long id = journeys.insert(journey);
        assertThat(journeys.find(id)).contains(journey);
        assertThat(store.dsl().fetchCount(Tables.JOURNEY_MILESTONE)).isEqualTo(1);
        JourneySummary summary = journeys.list("").get(0);
        assertThat(summary.id()).isEqualTo(id);
        assertThat(summary.name()).isEqualTo("Every tile");
        assertThat(summary.status()).isEqualTo(JourneyStatus.LIVE);
        assertThat(summary.tileCount()).isEqualTo(17);
    }

    @Test
    void listSearchesNamesInAnyCase() {
        journeys.insert(EveryTileJourney.journey().withSettings(EveryTileJourney.settings().withName("Spring sale")));
        journeys.insert(EveryTileJourney.journey().withSettings(EveryTileJourney.settings().withName("autumn SALE")));
        journeys.insert(EveryTileJourney.journey().withSettings(EveryTileJourney.settings().withName("Welcome")));
        assertThat(journeys.list("sale")).extracting(JourneySummary::name).containsExactly("autumn SALE", "Spring sale");
        assertThat(journeys.list("'; drop table journey; --")).isEmpty();
        assertThat(journeys.count()).isEqualTo(3);
    }

    @Test
    void updateAndDelete() {
        long id = journeys.insert(EveryTileJourney.journey());
        Journey renamed = EveryTileJourney.journey().withSettings(EveryTileJourney.settings().withName("Renamed"));
        journeys.update(id, renamed);
        assertThat(journeys.find(id)).contains(renamed);
        assertThat(journeys.delete(id)).isTrue();
        assertThat(journeys.find(id)).isEmpty();
        assertThat(store.dsl().fetchCount(Tables.JOURNEY_MILESTONE)).isZero();
        assertThatThrownBy(() -> journeys.update(id, renamed)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no longer exists");
    }
}
