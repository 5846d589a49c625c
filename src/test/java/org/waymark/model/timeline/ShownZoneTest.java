package org.waymark.model.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Decision 0015: stored moments (UTC) are shown in the user's zone, named. */
class ShownZoneTest {

    @Test
    void aStoredMomentReadsInTheUsersZoneWithItsName() {
        ShownZone newYork = ShownZone.of(Clock.fixed(Instant.parse("2026-05-04T12:00:00Z"), ZoneId.of("America/New_York")));
        LocalDateTime summer = newYork.shown(LocalDateTime.of(2026, 5, 4, 13, 0));
        assertThat(summer).isEqualTo(LocalDateTime.of(2026, 5, 4, 9, 0));
        assertThat(newYork.label(summer)).isEqualTo("EDT");
        LocalDateTime winter = newYork.shown(LocalDateTime.of(2026, 1, 10, 13, 0));
        assertThat(winter).isEqualTo(LocalDateTime.of(2026, 1, 10, 8, 0));
        assertThat(newYork.label(winter)).isEqualTo("EST");
        assertThat(newYork.now(Clock.fixed(Instant.parse("2026-05-04T12:00:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDateTime.of(2026, 5, 4, 8, 0));

        ShownZone utc = new ShownZone(ZoneOffset.UTC);
        assertThat(utc.shown(summer)).isEqualTo(summer);
        assertThat(utc.label(summer)).isEqualTo("UTC");
    }
}
