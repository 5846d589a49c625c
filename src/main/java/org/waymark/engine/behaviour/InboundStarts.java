package org.waymark.engine.behaviour;

/**
 * When a contact starts an inbound journey by itself (submits a form, has its record updated): each day of
 * the period the contact does so with the daily rate, independently of other days, so the first such day is
 * geometric and one draw finds it; a second draw places the start within that day.
 */
final class InboundStarts {

    private static final long DAY = 86_400;

    private final ContactModifiers modifiers;

    InboundStarts(ContactModifiers modifiers) {
        this.modifiers = modifiers;
    }

    /** The first start in [from, to), or -1 when the contact does not start in the period. */
    long firstStart(double dailyRate, RateKind kind, ContactTraits contact, long from, long to,
                    DeterministicRandom random, int tile) {
        if (to <= from || dailyRate <= 0) {
            return -1;
        }
        double p = modifiers.apply(dailyRate, modifiers.matching(contact), kind);
        long key = contact.contactId();
        double u = random.uniform(key, tile, Purpose.inbound(Purpose.INBOUND_DAY, kind.ordinal()));
        double days = p >= 1 ? 0 : Math.floor(Math.log1p(-u) / Math.log1p(-p));
        if (!(days * DAY < to - from)) {
            return -1;
        }
        long dayStart = from + (long) days * DAY;
        long at = dayStart + (long) (random.uniform(key, tile, Purpose.inbound(Purpose.INBOUND_TIME, kind.ordinal())) * DAY);
        return at < to ? at : -1;
    }
}
