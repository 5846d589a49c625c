package org.waymark.model.timeline;

/**
 * Which contacts of an account's timeline to show: all of them, one contact, or only the activities that are mapped
 * to the account and to no contact. On a contact's own timeline it is always {@link #all()}.
 */
public record ContactScope(Kind kind, long contactId) {

    public enum Kind { ALL, CONTACT, NOT_MAPPED }

    private static final ContactScope ALL = new ContactScope(Kind.ALL, 0);
    private static final ContactScope NOT_MAPPED = new ContactScope(Kind.NOT_MAPPED, 0);

    public static ContactScope all() {
        return ALL;
    }

    public static ContactScope notMapped() {
        return NOT_MAPPED;
    }

    public static ContactScope contact(long id) {
        return new ContactScope(Kind.CONTACT, id);
    }
}
