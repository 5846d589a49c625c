package org.waymark.engine.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeterministicRandomTest {

    private static final int DRAWS = 100_000;

    @Test
    void sameInputsGiveTheSameValueInAnyOrderAndOnAnyThread() throws Exception {
        DeterministicRandom a = new DeterministicRandom(42);
        double[] forwards = new double[1000];
        for (int i = 0; i < forwards.length; i++) {
            forwards[i] = a.uniform(i, 3, Purpose.OPEN);
        }
        DeterministicRandom b = new DeterministicRandom(42);
        for (int i = forwards.length - 1; i >= 0; i--) {
            b.uniform(i * 7L, 1, Purpose.CLICK);
            assertThat(b.uniform(i, 3, Purpose.OPEN)).isEqualTo(forwards[i]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> results = IntStream.range(0, 4).mapToObj(t -> pool.submit(() -> {
                double[] out = new double[forwards.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new DeterministicRandom(42).uniform(i, 3, Purpose.OPEN);
                }
                return out;
            })).toList();
            for (Future<double[]> result : results) {
                assertThat(result.get()).containsExactly(forwards);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void valuesStayInTheUnitInterval() {
        DeterministicRandom random = new DeterministicRandom(-1);
        for (int i = 0; i < DRAWS; i++) {
            assertThat(random.uniform(i, i % 10, i % 40)).isGreaterThanOrEqualTo(0).isLessThan(1);
        }
    }

    @Test
    void valuesAreSpreadUniformly() {
        DeterministicRandom random = new DeterministicRandom(7);
        int buckets = 100;
        int[] counts = new int[buckets];
        for (int key = 0; key < DRAWS; key++) {
            counts[(int) (random.uniform(key, 2, Purpose.OPEN) * buckets)]++;
        }
        double expected = (double) DRAWS / buckets;
        double chiSquare = 0;
        for (int count : counts) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 99 degrees of freedom: mean 99, standard deviation 14; 200 is over seven deviations away
        assertThat(chiSquare).isLessThan(200);
    }

    @Test
    void differentPurposesTilesSeedsAndKeysAreUncorrelated() {
        DeterministicRandom random = new DeterministicRandom(7);
        DeterministicRandom other = new DeterministicRandom(8);
        double[] open = new double[DRAWS];
        double[] click = new double[DRAWS];
        double[] nextTile = new double[DRAWS];
        double[] otherSeed = new double[DRAWS];
        double[] nextKey = new double[DRAWS];
        for (int key = 0; key < DRAWS; key++) {
            open[key] = random.uniform(key, 2, Purpose.OPEN);
            click[key] = random.uniform(key, 2, Purpose.CLICK);
            nextTile[key] = random.uniform(key, 3, Purpose.OPEN);
            otherSeed[key] = other.uniform(key, 2, Purpose.OPEN);
            nextKey[key] = random.uniform(key + 1L, 2, Purpose.OPEN);
        }
        // the correlation of independent samples has standard deviation 1/sqrt(n) = 0.0032
        assertThat(Math.abs(correlation(open, click))).isLessThan(0.02);
        assertThat(Math.abs(correlation(open, nextTile))).isLessThan(0.02);
        assertThat(Math.abs(correlation(open, otherSeed))).isLessThan(0.02);
        assertThat(Math.abs(correlation(open, nextKey))).isLessThan(0.02);
    }

    @Test
    void indexedPurposesAreDistinctFromEveryBasePurpose() {
        assertThat(Purpose.indexed(Purpose.CLICK_DELAY, 0)).isNotEqualTo(Purpose.CLICK_DELAY).isGreaterThan(255);
        assertThat(Purpose.indexed(Purpose.CLICK_DELAY, 1)).isNotEqualTo(Purpose.indexed(Purpose.CLICK_DELAY, 0));
        assertThat(Purpose.indexed(Purpose.ATTACHMENT, 0)).isNotEqualTo(Purpose.indexed(Purpose.CLICK_DELAY, 0));
    }

    @Test
    void derivedStreamsDifferFromTheirParentAndFromEachOther() {
        DeterministicRandom random = new DeterministicRandom(7);
        double parent = random.uniform(1, 1, 1);
        double first = random.derive(1).uniform(1, 1, 1);
        assertThat(first).isNotEqualTo(parent).isEqualTo(random.derive(1).uniform(1, 1, 1));
        assertThat(random.derive(2).uniform(1, 1, 1)).isNotEqualTo(first);
    }

    private static double correlation(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
