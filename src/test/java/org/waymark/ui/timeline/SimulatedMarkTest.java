package org.waymark.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.model.timeline.TimelineProfile;

/** Issue 15, finding 10: an interaction a simulation saved says so on its row and to screen readers. */
class SimulatedMarkTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 8, 0);

    private static TimelineItem item(String source, String simulatedIn) {
        return item(source, simulatedIn, "");
    }

    private static TimelineItem item(String source, String simulatedIn, String simulatedAt) {
        return new TimelineItem(1, 1, "Ana Silva", InteractionType.EMAIL, "opened", NOW.minusHours(2), "email", 1,
                "Spring offer", "", "", source, simulatedIn, simulatedAt);
    }

    @Test
    void aSimulatedInteractionNamesItsJourneyAndARealOneSaysNothing() {
        TimelineWords words = new TimelineWords(new org.waymark.model.timeline.ShownZone(java.time.ZoneOffset.UTC));
        TimelineProfile ana = TimelineProfile.contact(1, "Ana Silva");
        TimelineRow.Entry simulated = words.entry(item("simulation", "Welcome series"), ana, NOW);
        assertThat(simulated.simulated()).isEqualTo("Simulated in \u2018Welcome series\u2019");
        assertThat(simulated.spoken()).startsWith("Simulated in \u2018Welcome series\u2019: ");
        assertThat(words.entry(item("simulation", ""), ana, NOW).simulated()).isEqualTo("Simulated");
        assertThat(words.entry(item("simulation", "Welcome series", "Send the welcome email"), ana, NOW).simulated())
                .as("and the tile, as it was named in the run")
                .isEqualTo("Simulated in \u2018Welcome series\u2019 at \u2018Send the welcome email\u2019");
        TimelineRow.Entry real = words.entry(item("demo", ""), ana, NOW);
        assertThat(real.simulated()).isEmpty();
        assertThat(real.spoken()).doesNotContain("Simulated");
    }
}
