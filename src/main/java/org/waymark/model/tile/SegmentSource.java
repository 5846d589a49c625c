package org.waymark.model.tile;

/** What a segment tile loads its contacts from. */
public enum SegmentSource {
    SEGMENT,
    SUBSCRIPTION_LIST
}
