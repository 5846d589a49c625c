package org.waymark.model.tile;

/** How the included segments of a segment group combine. */
public enum SegmentCombination {
    /** A contact in any included segment. */
    UNION,
    /** Only contacts in every included segment. */
    INTERSECTION
}
