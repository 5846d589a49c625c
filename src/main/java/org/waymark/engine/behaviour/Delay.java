package org.waymark.engine.behaviour;

/**
 * How long after the step before it a step happens, drawn from a distribution in hours. {@link #seconds}
 * turns one uniform draw into a whole number of seconds, at least one, so every step happens strictly after
 * the step it follows.
 */
final class Delay {

    enum Distribution { FIXED, EXPONENTIAL, LOGNORMAL, UNIFORM }

    /** No delay is longer than about ten years, so adding one to a time never overflows. */
    private static final double MAX_SECONDS = 10.0 * 366 * 24 * 3600;
    private static final double SECONDS_PER_HOUR = 3600.0;

    private final Distribution distribution;
    private final double first;
    private final double second;

    private Delay(Distribution distribution, double first, double second) {
        this.distribution = distribution;
        this.first = first;
        this.second = second;
    }

    static Delay fixed(double hours) {
        return new Delay(Distribution.FIXED, hours, 0);
    }

    static Delay exponential(double meanHours) {
        return new Delay(Distribution.EXPONENTIAL, meanHours, 0);
    }

    static Delay lognormal(double medianHours, double sigma) {
        return new Delay(Distribution.LOGNORMAL, medianHours, sigma);
    }

    static Delay uniform(double minHours, double maxHours) {
        return new Delay(Distribution.UNIFORM, minHours, maxHours);
    }

    Distribution distribution() {
        return distribution;
    }

    /** The delay for the uniform draw {@code u} in [0, 1): whole seconds, at least 1. */
    long seconds(double u) {
        double hours = switch (distribution) {
            case FIXED -> first;
            case EXPONENTIAL -> -first * Math.log1p(-u);
            case LOGNORMAL -> first * Math.exp(second * NormalQuantile.of(u));
            case UNIFORM -> first + (second - first) * u;
        };
        double seconds = hours * SECONDS_PER_HOUR;
        if (!(seconds >= 1)) {
            return 1;
        }
        return seconds >= MAX_SECONDS ? (long) MAX_SECONDS : (long) (seconds + 0.5);
    }

    /** The mean delay in hours, for documentation and tests. */
    double meanHours() {
        return switch (distribution) {
            case FIXED, EXPONENTIAL -> first;
            case LOGNORMAL -> first * Math.exp(second * second / 2);
            case UNIFORM -> (first + second) / 2;
        };
    }

    @Override
    public String toString() {
        return distribution.name().toLowerCase(java.util.Locale.ROOT) + "(" + first + ", " + second + ")";
    }
}
