package org.waymark.model.segment;

import org.waymark.model.journey.ConsentLevel;

/** A condition on the contact's consent level ("Consent is at least (4) Marketing"). */
public record ConsentRule(ConsentComparison comparison, ConsentLevel level) implements SegmentRule {

    public ConsentRule {
        if (comparison == null || level == null) {
            throw new IllegalArgumentException("a consent condition needs a comparison and a level");
        }
    }

    /** Whether a contact with {@code rank} meets the rule. */
    public boolean accepts(int rank) {
        return switch (comparison) {
            case AT_LEAST -> rank >= level.rank();
            case AT_MOST -> rank <= level.rank();
            case EXACTLY -> rank == level.rank();
        };
    }

    @Override
    public String describe() {
        return "Consent " + comparison.label() + " " + level.label();
    }
}
