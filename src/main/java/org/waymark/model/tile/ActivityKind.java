package org.waymark.model.tile;

/** The record an activity tile creates. */
public enum ActivityKind {
    TASK,
    PHONE_CALL,
    APPOINTMENT
}
