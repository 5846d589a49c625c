package org.waymark.engine;

import org.waymark.engine.behaviour.BehaviourModel;

/**
 * Behaviour models for the engine's tests. {@link #CERTAIN} makes every step happen after a fixed delay, so
 * results can be worked out by hand: an email is delivered at once, opened 1 h later (never in Boston), every
 * link clicked 1 h after the open; a page or form is visited at the click, a form submitted 30 min later; an
 * event registered 1 h after the click and attended 48 h after registering; an SMS tapped 30 min after sending,
 * a push notification 15 min after. Variants change one thing.
 */
final class TestModels {

    static final String CERTAIN = "certain";
    /** Like {@link #CERTAIN}, but every email is unsubscribed from 2 h after delivery. */
    static final String UNSUBSCRIBING = "unsubscribing";
    /** Like {@link #CERTAIN}, but every email bounces hard. */
    static final String BOUNCING = "bouncing";
    /** Like {@link #CERTAIN}, but everyone submits the inbound form once a day on average. */
    static final String INBOUND = "inbound";
    /** Like {@link #CERTAIN}, but every followed attachment of an opened email is viewed 2 h after the open. */
    static final String ATTACHING = "attaching";
    /** Realistic, random rates and delays (a few percent open, click, …). */
    static final String REALISTIC = "realistic";

    private static final String TEMPLATE = """
            {
              "formatVersion": 1,
              "channels": {
                "email": {
                  "delivery": { "hardBounceRate": %s, "softBounceRate": 0, "delay": %s },
                  "open": { "rate": %s, "delay": %s, "devices": { "desktop": 0.5, "mobile": 0.4, "tablet": 0.1 } },
                  "click": { "rate": %s, "delay": %s, "positionDecay": 0.5, "moreLinksRate": %s },
                  "attachment": { "rate": 0 },
                  "reply": { "rate": %s, "delay": %s },
                  "unsubscribe": { "rate": %s, "delay": { "distribution": "fixed", "hours": 2 } }
                },
                "sms": {
                  "delivery": { "hardBounceRate": 0, "softBounceRate": 0,
                                "delay": { "distribution": "fixed", "hours": 0 } },
                  "click": { "rate": %s, "delay": { "distribution": "fixed", "hours": 0.5 } }
                },
                "push": {
                  "delivery": { "hardBounceRate": 0, "softBounceRate": 0,
                                "delay": { "distribution": "fixed", "hours": 0 } },
                  "click": { "rate": %s, "delay": { "distribution": "fixed", "hours": 0.25 } }
                }
              },
              "content": {
                "page": { "visit": { "rate": 1, "delay": { "distribution": "fixed", "hours": 0 } },
                          "submit": { "rate": 0 } },
                "form": { "visit": { "rate": 1, "delay": { "distribution": "fixed", "hours": 0 } },
                          "submit": { "rate": %s, "delay": { "distribution": "fixed", "hours": 0.5 } } },
                "event": { "visit": { "rate": 1, "delay": { "distribution": "fixed", "hours": 0 } },
                           "register": { "rate": %s, "delay": { "distribution": "fixed", "hours": 1 } },
                           "attend": { "rate": %s, "delay": { "distribution": "fixed", "hours": 48 } } }
              },
              "inbound": { "formSubmitted": { "dailyRate": %s }, "recordUpdated": { "dailyRate": %s } },
              "modifiers": [
                { "when": { "city": "Boston" }, "multiply": { "open": 0 } }
              ]
            }
            """;
    private static final String FIXED_0 = "{ \"distribution\": \"fixed\", \"hours\": 0 }";
    private static final String FIXED_1 = "{ \"distribution\": \"fixed\", \"hours\": 1 }";
    private static final String SPREAD = "{ \"distribution\": \"lognormal\", \"medianHours\": 5, \"sigma\": 1.2 }";

    private TestModels() {
    }

    static BehaviourModel model(String name) {
        String json = switch (name) {
            case CERTAIN -> certain("0", "0", "0", "0");
            case ATTACHING -> certain("0", "0", "0", "0").replace("\"attachment\": { \"rate\": 0 }",
                    "\"attachment\": { \"rate\": 1, \"delay\": { \"distribution\": \"fixed\", \"hours\": 2 } }");
            case UNSUBSCRIBING -> certain("0", "1", "0", "0");
            case BOUNCING -> certain("1", "0", "0", "0");
            case INBOUND -> certain("0", "0", "1", "1");
            case REALISTIC -> TEMPLATE.formatted("0.02", SPREAD, "0.3", SPREAD, "0.2", SPREAD, "0.1", "0.01", SPREAD,
                    "0.01", "0.1", "0.1", "0.3", "0.4", "0.5", "0.01", "0.02");
            default -> throw new IllegalArgumentException(name);
        };
        return BehaviourModel.parse(json, name + ".json");
    }

    private static String certain(String hardBounce, String unsubscribe, String formDaily, String recordDaily) {
        return TEMPLATE.formatted(hardBounce, FIXED_0, "1", FIXED_1, "1", FIXED_1, "1", "0", FIXED_1, unsubscribe,
                "1", "1", "1", "1", "1", formDaily, recordDaily);
    }
}
