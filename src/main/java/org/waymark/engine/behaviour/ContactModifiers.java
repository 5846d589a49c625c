package org.waymark.engine.behaviour;

import java.util.List;

/**
 * The attribute modifiers of a model. For one contact, {@link #matching} says which modifiers apply (a bit
 * per modifier); {@link #factor} multiplies their multipliers for one rate. Modifiers combine by
 * multiplication, and a rate times its factor is capped at 1 where it is used.
 */
final class ContactModifiers {

    /** At most this many modifiers, one bit of a {@code long} each. */
    static final int MAX = 64;

    private final AttributeModifier[] modifiers;
    /** Per rate kind, the modifiers whose multiplier for it is not 1. */
    private final long[] touching;

    ContactModifiers(List<AttributeModifier> modifiers) {
        if (modifiers.size() > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " modifiers");
        }
        this.modifiers = modifiers.toArray(new AttributeModifier[0]);
        this.touching = new long[RateKind.values().length];
        for (RateKind kind : RateKind.values()) {
            for (int i = 0; i < this.modifiers.length; i++) {
                if (this.modifiers[i].multiplier(kind) != 1) {
                    touching[kind.ordinal()] |= 1L << i;
                }
            }
        }
    }

    int size() {
        return modifiers.length;
    }

    /** A bit set of the modifiers that match the contact: bit i for modifier i. */
    long matching(ContactTraits contact) {
        long mask = 0;
        for (int i = 0; i < modifiers.length; i++) {
            if (modifiers[i].matches(contact)) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /** The product of the multipliers for {@code kind} of the modifiers in {@code mask}; 1 for none. */
    double factor(long mask, RateKind kind) {
        mask &= touching[kind.ordinal()];
        double factor = 1;
        while (mask != 0) {
            int i = Long.numberOfTrailingZeros(mask);
            factor *= modifiers[i].multiplier(kind);
            mask &= mask - 1;
        }
        return factor;
    }

    /** {@code rate} adjusted for the modifiers in {@code mask}, capped at 1. */
    double apply(double rate, long mask, RateKind kind) {
        if ((mask & touching[kind.ordinal()]) == 0 || rate == 0) {
            return rate;
        }
        return Math.min(1, rate * factor(mask, kind));
    }
}
