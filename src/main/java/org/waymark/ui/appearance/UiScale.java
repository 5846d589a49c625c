package org.waymark.ui.appearance;

import java.util.List;
import java.util.Optional;

/**
 * How large the desktop UI is drawn, from 100 % to 200 %. Larger and smaller move through the usual steps (100,
 * 110, 125, 150, 175, 200), from any value in between to the next step; nothing goes beyond the limits.
 */
public record UiScale(int percent) {

    public static final int MIN = 100;
    public static final int MAX = 200;
    public static final List<Integer> STEPS = List.of(100, 110, 125, 150, 175, 200);
    public static final UiScale ACTUAL = new UiScale(MIN);
    /** The root font size at 100 %, in pixels; every other size in the stylesheets is relative to it. */
    public static final double BASE_FONT_SIZE = 13;

    public UiScale {
        if (percent < MIN || percent > MAX) {
            throw new IllegalArgumentException("UI scale must be from " + MIN + " to " + MAX + " %: " + percent);
        }
    }

    /** The scale nearest to {@code percent} within the limits. */
    public static UiScale clamped(int percent) {
        return new UiScale(Math.max(MIN, Math.min(MAX, percent)));
    }

    /** The scale written as {@link #percent()}, or empty when {@code text} is no whole number within the limits. */
    public static Optional<UiScale> parse(String text) {
        try {
            int percent = Integer.parseInt(text.trim());
            return percent < MIN || percent > MAX ? Optional.empty() : Optional.of(new UiScale(percent));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The next step up, or the largest scale when already there. */
    public UiScale larger() {
        return STEPS.stream().filter(step -> step > percent).findFirst().map(UiScale::new).orElse(new UiScale(MAX));
    }

    /** The next step down, or the smallest scale when already there. */
    public UiScale smaller() {
        return STEPS.stream().filter(step -> step < percent).reduce((a, b) -> b).map(UiScale::new)
                .orElse(new UiScale(MIN));
    }

    public boolean canGrow() {
        return percent < MAX;
    }

    public boolean canShrink() {
        return percent > MIN;
    }

    /** 1.0 at 100 %, 2.0 at 200 %. */
    public double factor() {
        return percent / 100.0;
    }

    /** The root font size at this scale, in pixels. */
    public double fontSize() {
        return BASE_FONT_SIZE * factor();
    }
}
