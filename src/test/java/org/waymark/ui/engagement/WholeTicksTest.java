package org.waymark.ui.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15, finding 12: a count axis steps by whole numbers of 1, 2 or 5 times a power of ten. */
class WholeTicksTest {

    @Test
    void countsStepByWholeRoundNumbers() {
        assertThat(WholeTicks.upTo(0)).isEqualTo(new WholeTicks(1, 1));
        assertThat(WholeTicks.upTo(3)).isEqualTo(new WholeTicks(1, 3));
        assertThat(WholeTicks.upTo(9)).isEqualTo(new WholeTicks(2, 10));
        assertThat(WholeTicks.upTo(12)).isEqualTo(new WholeTicks(5, 15));
        assertThat(WholeTicks.upTo(38)).isEqualTo(new WholeTicks(10, 40));
        assertThat(WholeTicks.upTo(1_234)).isEqualTo(new WholeTicks(500, 1_500));
        for (long largest = 0; largest < 5_000; largest += 7) {
            WholeTicks ticks = WholeTicks.upTo(largest);
            assertThat(ticks.upper()).isGreaterThanOrEqualTo(largest);
            assertThat(ticks.upper() / ticks.step()).isBetween(1L, 10L);
            assertThat(ticks.upper() % ticks.step()).isZero();
        }
    }
}
