package org.waymark.model.tile;

/** How a splitter chooses a branch for each contact. */
public enum SplitMode {
    /** Each branch takes a share of contacts; the last takes the remainder. */
    PERCENTAGE,
    /** Each branch takes contacts matching its value rule, first match wins; the last takes the rest. */
    VALUE
}
