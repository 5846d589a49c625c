package org.waymark.model.tile;

/** A kind of record whose change can start a journey. */
public enum RecordKind {
    CONTACT,
    ACCOUNT,
    LEAD
}
