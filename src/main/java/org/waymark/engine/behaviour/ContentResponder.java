package org.waymark.engine.behaviour;

/**
 * Decides what a contact does with a page, form or event after clicking through to it: a visit, then a
 * form submission and a registration given the visit, then attendance given the registration.
 */
final class ContentResponder {

    static final ContentResponse NOTHING = new ContentResponse(-1, -1, -1, -1);

    private final ContactModifiers modifiers;

    ContentResponder(ContactModifiers modifiers) {
        this.modifiers = modifiers;
    }

    ContentResponse respond(ContentBehaviour b, ContactTraits contact, long afterClickAt,
                            DeterministicRandom random, int tile) {
        long key = contact.contactId();
        long mask = modifiers.matching(contact);
        long visitedAt = after(b.visit(), RateKind.VISIT, afterClickAt, key, tile, mask, random,
                Purpose.VISIT, Purpose.VISIT_DELAY);
        if (visitedAt < 0) {
            return NOTHING;
        }
        long submittedAt = after(b.submit(), RateKind.SUBMIT, visitedAt, key, tile, mask, random,
                Purpose.SUBMIT, Purpose.SUBMIT_DELAY);
        long registeredAt = after(b.register(), RateKind.REGISTER, visitedAt, key, tile, mask, random,
                Purpose.REGISTER, Purpose.REGISTER_DELAY);
        long attendedAt = registeredAt < 0 ? -1 : after(b.attend(), RateKind.ATTEND, registeredAt, key, tile, mask,
                random, Purpose.ATTEND, Purpose.ATTEND_DELAY);
        return new ContentResponse(visitedAt, submittedAt, registeredAt, attendedAt);
    }

    private long after(Step step, RateKind kind, long from, long key, int tile, long mask,
                       DeterministicRandom random, int decision, int delay) {
        if (!step.possible()
                || random.uniform(key, tile, decision) >= modifiers.apply(step.rate(), mask, kind)) {
            return -1;
        }
        return from + step.delay().seconds(random.uniform(key, tile, delay));
    }
}
