package org.waymark.model.audience;

/** What a contact import does with a row whose email is already a contact's: update that contact, or skip the row. */
public enum DuplicatePolicy { UPDATE, SKIP }
