package org.waymark.engine.behaviour;

/**
 * The inverse of the standard normal distribution function (P. J. Acklam's rational approximation, relative
 * error below 1.2e-9), so a lognormal delay needs one uniform draw and no rejection loop.
 */
final class NormalQuantile {

    private static final double LOW = 0.02425;
    private static final double HIGH = 1 - LOW;
    private static final double SMALLEST = 0x1.0p-60;

    private NormalQuantile() {
    }

    /** The z with P(Z &lt; z) = p for a standard normal Z; p outside (0, 1) is pulled just inside. */
    static double of(double p) {
        if (p < SMALLEST) {
            p = SMALLEST;
        } else if (p > 1 - SMALLEST) {
            p = 1 - SMALLEST;
        }
        if (p < LOW) {
            return tail(Math.sqrt(-2 * Math.log(p)));
        }
        if (p > HIGH) {
            return -tail(Math.sqrt(-2 * Math.log1p(-p)));
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
    }

    private static double tail(double q) {
        return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1);
    }
}
