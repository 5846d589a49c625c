package org.waymark.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.tile.SegmentCombination;
import org.waymark.model.tile.SegmentGroupTile;

class BlankJourneyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aBlankJourneyIsADraftWithAnEmptySegmentGroupStartingAtTheNextHour() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-04T08:20:31Z"), ZoneId.of("UTC"));
        Journey journey = new BlankJourney(clock, PARIS).create();
        assertThat(journey.name()).isEqualTo("New journey");
        assertThat(journey.settings().owner()).isEmpty();
        assertThat(journey.settings().status()).isEqualTo(JourneyStatus.DRAFT);
        assertThat(journey.settings().schedule().zone()).isEqualTo(PARIS);
        assertThat(journey.settings().schedule().start()).isEqualTo(LocalDateTime.of(2026, 5, 4, 11, 0));
        assertThat(journey.settings().schedule().end()).isEqualTo(LocalDateTime.of(2026, 8, 2, 11, 0));
        assertThat(journey.pipeline()).singleElement().isInstanceOfSatisfying(SegmentGroupTile.class, group -> {
            assertThat(group.combination()).isEqualTo(SegmentCombination.UNION);
            assertThat(group.segments()).isEmpty();
        });
    }

    @Test
    void aJourneyCreatedOnTheHourStartsThen() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneId.of("UTC"));
        assertThat(new BlankJourney(clock, ZoneId.of("UTC")).create().settings().schedule().start())
                .isEqualTo(LocalDateTime.of(2026, 5, 4, 9, 0));
    }
}
