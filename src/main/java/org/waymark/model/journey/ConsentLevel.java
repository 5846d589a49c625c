package org.waymark.model.journey;

/** Data-protection consent a contact has given, in increasing order; its rank is stored with each contact. */
public enum ConsentLevel {
    NONE("Not set"),
    CONSENT_GIVEN("Consent given"),
    TRANSACTIONAL("Transactional"),
    SUBSCRIPTIONS("Subscriptions"),
    MARKETING("Marketing"),
    PROFILING("Profiling");

    private final String label;

    ConsentLevel(String label) {
        this.label = label;
    }

    public int rank() {
        return ordinal();
    }

    public String label() {
        return "(" + rank() + ") " + label;
    }

    public boolean atLeast(ConsentLevel minimum) {
        return rank() >= minimum.rank();
    }

    public static ConsentLevel ofRank(int rank) {
        if (rank < 0 || rank >= values().length) {
            throw new IllegalArgumentException("No consent level of rank " + rank);
        }
        return values()[rank];
    }
}
