package org.waymark.model.tile;

/** Whether an internal action happens once per contact or once per account. */
public enum ActionTarget {
    CONTACT,
    ACCOUNT
}
