package org.waymark.engine.behaviour;

/** Small behaviour models with round rates, so observed rates can be checked against them. */
final class TestModels {

    static final String SIMPLE = """
            {
              "formatVersion": 1,
              "channels": {
                "email": {
                  "delivery": { "hardBounceRate": 0.02, "softBounceRate": 0.03,
                                "delay": { "distribution": "exponential", "meanHours": 0.01 } },
                  "open": { "rate": 0.3, "delay": { "distribution": "lognormal", "medianHours": 3, "sigma": 1.2 },
                            "devices": { "desktop": 0.5, "mobile": 0.4, "tablet": 0.1 } },
                  "click": { "rate": 0.2, "delay": { "distribution": "fixed", "hours": 0.1 },
                             "positionDecay": 0.5, "moreLinksRate": 0.1 },
                  "attachment": { "rate": 0.1, "delay": { "distribution": "uniform", "minHours": 0, "maxHours": 1 } },
                  "reply": { "rate": 0.05, "delay": { "distribution": "lognormal", "medianHours": 5, "sigma": 1 } },
                  "unsubscribe": { "rate": 0.01, "delay": { "distribution": "exponential", "meanHours": 2 } }
                },
                "sms": {
                  "delivery": { "hardBounceRate": 0.01, "softBounceRate": 0.0,
                                "delay": { "distribution": "fixed", "hours": 0 } },
                  "click": { "rate": 0.1, "delay": { "distribution": "exponential", "meanHours": 0.5 } }
                },
                "push": {
                  "delivery": { "hardBounceRate": 0.0, "softBounceRate": 0.05,
                                "delay": { "distribution": "fixed", "hours": 0 } },
                  "click": { "rate": 0.05, "delay": { "distribution": "exponential", "meanHours": 0.5 } }
                }
              },
              "content": {
                "page": { "visit": { "rate": 0.8, "delay": { "distribution": "fixed", "hours": 0 } },
                          "submit": { "rate": 0.1, "delay": { "distribution": "exponential", "meanHours": 0.1 } } },
                "form": { "visit": { "rate": 0.9, "delay": { "distribution": "fixed", "hours": 0 } },
                          "submit": { "rate": 0.3, "delay": { "distribution": "exponential", "meanHours": 0.1 } } },
                "event": { "visit": { "rate": 0.9, "delay": { "distribution": "fixed", "hours": 0 } },
                           "register": { "rate": 0.4, "delay": { "distribution": "exponential", "meanHours": 0.1 } },
                           "attend": { "rate": 0.5, "delay": { "distribution": "fixed", "hours": 48 } } }
              },
              "inbound": { "formSubmitted": { "dailyRate": 0.01 }, "recordUpdated": { "dailyRate": 0.02 } },
              "assets": {
                "Offer": { "click": { "rate": 0.5, "links": { "Download": 3, "Blog": 1 } } },
                "Quiet": { "open": { "rate": 0.1 } },
                "Summit": { "attend": { "rate": 0.8 } }
              },
              "modifiers": [
                { "when": { "jobTitleContains": "marketing" }, "multiply": { "open": 1.5 } },
                { "when": { "consentRankAtLeast": 5 }, "multiply": { "open": 2, "click": 0.5 } },
                { "when": { "city": "Boston", "country": "United States" }, "multiply": { "bounce": 0 } }
              ]
            }
            """;

    private TestModels() {
    }

    static BehaviourModel simple() {
        return BehaviourModel.parse(SIMPLE, "simple.json");
    }

    static ContactTraits contact(long id) {
        return new ContactTraits(id, id / 10, 3, "Paris", "France", "Analyst");
    }

    static ContactTraits contact(long id, int consent, String city, String country, String jobTitle) {
        return new ContactTraits(id, id / 10, consent, city, country, jobTitle);
    }
}
