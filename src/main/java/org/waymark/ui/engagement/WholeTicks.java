package org.waymark.ui.engagement;

/**
 * The scale of a count axis: whole steps of 1, 2 or 5 times a power of ten, about five of them, from zero to the
 * first step at or above the largest count, so that an axis of counts never reads "2.5 opens".
 */
record WholeTicks(long step, long upper) {

    private static final int STEPS = 5;

    static WholeTicks upTo(long largest) {
        long wanted = Math.max(1, (long) Math.ceil(Math.max(1, largest) / (double) STEPS));
        long power = 1;
        while (power * 10 <= wanted) {
            power *= 10;
        }
        long step = wanted <= power ? power : wanted <= 2 * power ? 2 * power : wanted <= 5 * power ? 5 * power
                : 10 * power;
        long upper = Math.max(step, (Math.max(1, largest) + step - 1) / step * step);
        return new WholeTicks(step, upper);
    }
}
