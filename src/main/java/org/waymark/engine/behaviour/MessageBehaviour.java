package org.waymark.engine.behaviour;

import java.util.Map;

/**
 * The effective behaviour for one channel, or for one asset on that channel once its overrides are applied.
 * Delivery is what is left after the hard and soft bounces. {@code open} is null when the channel does not
 * track opens (SMS, push): clicks, attachment views and replies then follow delivery instead of an open.
 * The click rate is the chance of at least one click; the first link clicked is chosen by weight (an entry
 * of {@code linkWeights}, else {@code positionDecay} to the power of the link's position), and each other
 * link is clicked too with {@code moreLinksRate}.
 */
record MessageBehaviour(double hardBounceRate, double softBounceRate, Delay deliveryDelay,
                        Step open, DeviceMix devices,
                        Step click, double positionDecay, double moreLinksRate, Map<String, Double> linkWeights,
                        Step attachment, Step reply, Step unsubscribe) {

    MessageBehaviour {
        linkWeights = Map.copyOf(linkWeights);
    }

    boolean tracksOpens() {
        return open != null;
    }

    /** The weight of the link {@code label} at {@code position} (0 for the first). */
    double linkWeight(String label, int position) {
        Double weight = linkWeights.isEmpty() ? null : linkWeights.get(label);
        return weight != null ? weight : Math.pow(positionDecay, position);
    }
}
