package org.waymark.model.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MessageStatusTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 12, 0);
    private final MessageStatus status = new MessageStatus();

    private static Recipient r(long delivered, boolean bounced, long opens, LocalDateTime lastOpened, long replies) {
        return new Recipient(1, "Ana", "ana@x.example", NOW.minusDays(3), delivered, bounced, opens, lastOpened, 0, 0,
                replies);
    }

    @Test
    void saysWhatTheContactDidAndWhen() {
        assertThat(status.of(r(0, true, 0, null, 0), NOW)).isEqualTo("Bounced");
        assertThat(status.of(r(0, false, 0, null, 0), NOW)).isEqualTo("Sent, not yet delivered");
        assertThat(status.of(r(1, false, 0, null, 0), NOW)).isEqualTo("Not yet opened");
        assertThat(status.of(r(1, false, 1, NOW.minusMinutes(40), 0), NOW)).isEqualTo("Opened once, last 40 minutes ago");
        assertThat(status.of(r(1, false, 3, NOW.minusDays(1), 0), NOW)).isEqualTo("Opened 3 times, last yesterday");
        assertThat(status.of(r(1, false, 2, NOW.minusDays(6), 0), NOW)).isEqualTo("Opened twice, last 6 days ago");
        assertThat(status.of(r(1, false, 1, NOW.minusDays(90), 0), NOW)).isEqualTo("Opened once, last on 3 Feb 2026");
        assertThat(status.of(r(1, false, 1, NOW.minusHours(2), 1), NOW)).isEqualTo("Replied, opened once, last 2 hours ago");
        assertThat(status.of(r(1, false, 0, null, 1), NOW)).isEqualTo("Replied");
    }
}
