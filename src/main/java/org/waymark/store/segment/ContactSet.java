package org.waymark.store.segment;

import java.util.BitSet;

/**
 * A set of contacts as a bitmap of their ids, or as every contact but such a bitmap (a complement), so that "did
 * not open" or "is not on the list" never has to list the million contacts who did not. And, or and not follow De
 * Morgan's laws on the two forms; the size of a complement is the number of contacts less the bitmap's, which is
 * right as long as every bitmap holds only ids of existing contacts. Immutable: every operation returns a new set.
 */
final class ContactSet {

    private static final ContactSet NOBODY = new ContactSet(new BitSet(), false);
    private static final ContactSet EVERYONE = new ContactSet(new BitSet(), true);

    private final BitSet ids;
    private final boolean complement;

    private ContactSet(BitSet ids, boolean complement) {
        this.ids = ids;
        this.complement = complement;
    }

    /** The contacts whose ids are set in {@code ids} (which the set now owns). */
    static ContactSet of(BitSet ids) {
        return new ContactSet(ids, false);
    }

    static ContactSet nobody() {
        return NOBODY;
    }

    static ContactSet everyone() {
        return EVERYONE;
    }

    ContactSet not() {
        return new ContactSet(ids, !complement);
    }

    ContactSet and(ContactSet other) {
        if (!complement && !other.complement) {
            return new ContactSet(combine(ids, other.ids, BitSet::and), false);
        } else if (complement && other.complement) {
            return new ContactSet(combine(ids, other.ids, BitSet::or), true);
        }
        ContactSet plain = complement ? other : this;
        ContactSet excluded = complement ? this : other;
        return new ContactSet(combine(plain.ids, excluded.ids, BitSet::andNot), false);
    }

    ContactSet or(ContactSet other) {
        return not().and(other.not()).not();
    }

    /** How many contacts the set holds, given how many there are in all. */
    long size(long everyone) {
        return complement ? everyone - ids.cardinality() : ids.cardinality();
    }

    /** Whether the set is every contact but those of a bitmap, so its own ids cannot be listed. */
    boolean isComplement() {
        return complement;
    }

    /** The ids of a set that is not a complement, in ascending order. */
    java.util.stream.IntStream ids() {
        if (complement) {
            throw new IllegalStateException("a complement's ids are not listed");
        }
        return ids.stream();
    }

    /** Whether the set holds the contact with this id (ids beyond {@code int} are never held). */
    boolean contains(long id) {
        boolean set = id >= 0 && id <= Integer.MAX_VALUE && ids.get((int) id);
        return set != complement;
    }

    private static BitSet combine(BitSet left, BitSet right, java.util.function.BiConsumer<BitSet, BitSet> operation) {
        BitSet result = (BitSet) left.clone();
        operation.accept(result, right);
        return result;
    }
}
