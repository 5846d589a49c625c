package org.waymark.engine.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DelayTest {

    private static final int DRAWS = 100_000;
    private final DeterministicRandom random = new DeterministicRandom(5);

    @Test
    void theNormalQuantileMatchesKnownValues() {
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0, within(1e-9));
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(NormalQuantile.of(0.01)).isCloseTo(-2.326348, within(1e-6));
        assertThat(NormalQuantile.of(0.001)).isCloseTo(-NormalQuantile.of(0.999), within(1e-9));
        assertThat(NormalQuantile.of(0)).isFinite();
    }

    @Test
    void lognormalDelaysHaveTheirMedian() {
        long[] seconds = draw(Delay.lognormal(3, 1.2));
        Arrays.sort(seconds);
        assertThat(seconds[DRAWS / 2] / 3600.0).isCloseTo(3, within(0.1));
    }

    @Test
    void exponentialAndUniformDelaysHaveTheirMeanAndBounds() {
        assertThat(Arrays.stream(draw(Delay.exponential(2))).average().orElseThrow() / 3600).isCloseTo(2, within(0.05));
        long[] uniform = draw(Delay.uniform(1, 3));
        assertThat(Arrays.stream(uniform).min().orElseThrow()).isGreaterThanOrEqualTo(3600);
        assertThat(Arrays.stream(uniform).max().orElseThrow()).isLessThanOrEqualTo(3 * 3600);
        assertThat(Arrays.stream(uniform).average().orElseThrow() / 3600).isCloseTo(2, within(0.02));
    }

    @Test
    void everyDelayIsAtLeastOneSecondAndFixedDelaysAreExact() {
        assertThat(Delay.fixed(0).seconds(0.3)).isEqualTo(1);
        assertThat(Delay.fixed(1.5).seconds(0.9)).isEqualTo(5400);
        assertThat(Delay.exponential(0.0001).seconds(0)).isEqualTo(1);
        assertThat(Delay.lognormal(1e6, 5).seconds(0.999999)).isPositive().isLessThan(400_000_000L);
    }

    private long[] draw(Delay delay) {
        long[] out = new long[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            out[i] = delay.seconds(random.uniform(i, 0, Purpose.OPEN_DELAY));
        }
        return out;
    }
}
