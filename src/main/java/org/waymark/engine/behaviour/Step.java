package org.waymark.engine.behaviour;

/** One step a contact may take: the probability that it happens (given the step before it) and when. */
record Step(double rate, Delay delay) {

    /** A step that never happens. */
    static final Step NEVER = new Step(0, Delay.fixed(0));

    boolean possible() {
        return rate > 0;
    }
}
