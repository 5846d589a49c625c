package org.waymark.model.timeline;

/**
 * Whose timeline is shown: a contact, or an account (every interaction of its contacts and the activities mapped to
 * the account alone). {@code name} is what the pane's heading says.
 */
public record TimelineProfile(Kind kind, long id, String name) {

    public enum Kind { CONTACT, ACCOUNT }

    public static TimelineProfile contact(long id, String name) {
        return new TimelineProfile(Kind.CONTACT, id, name);
    }

    public static TimelineProfile account(long id, String name) {
        return new TimelineProfile(Kind.ACCOUNT, id, name);
    }

    public boolean isAccount() {
        return kind == Kind.ACCOUNT;
    }
}
