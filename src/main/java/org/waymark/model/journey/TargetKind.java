package org.waymark.model.journey;

/** Whether a journey treats contacts one by one, or grouped by the account they work for. */
public enum TargetKind {
    CONTACTS,
    ACCOUNTS
}
