package org.waymark.engine.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks an observed count against a binomial expectation, within four standard deviations. */
final class Binomial {

    private Binomial() {
    }

    static void assertWithin4Sigma(String what, long successes, long trials, double p) {
        double mean = trials * p;
        double sigma = Math.sqrt(trials * p * (1 - p));
        assertThat((double) successes)
                .as("%s: %d of %d, expected %.1f ± %.1f", what, successes, trials, mean, 4 * sigma)
                .isBetween(mean - 4 * sigma - 1e-9, mean + 4 * sigma + 1e-9);
    }
}
