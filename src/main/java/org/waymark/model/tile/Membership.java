package org.waymark.model.tile;

/** Whether a segment tile adds its contacts to a group or removes them from it. */
public enum Membership {
    INCLUDE,
    EXCLUDE
}
