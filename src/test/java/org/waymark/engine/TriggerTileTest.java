package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.engine.TestJourneys.clickedLink;
import static org.waymark.engine.TestJourneys.email;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.journey;
import static org.waymark.engine.TestJourneys.page;
import static org.waymark.engine.TestJourneys.rule;
import static org.waymark.engine.TestJourneys.simulate;
import static org.waymark.engine.TestJourneys.sms;
import static org.waymark.engine.TestJourneys.trigger;
import static org.waymark.engine.TestJourneys.union;
import static org.waymark.engine.TestJourneys.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;

/** Triggers: rules on earlier tiles, And/Or, timeouts, events from before the contact arrived. */
class TriggerTileTest {

    /** Contact 1 in Paris opens every email 1 h after it arrives; contact 2 in Boston never opens. */
    private final Population parisAndBoston = TestPopulations.parisians(1)
            .contact(2, 102, 1, 5, "Boston", "United States", "Analyst").member("Target", 2).build();

    private static Journey emailThenTrigger(RuleJoin join, List<TriggerRule> rules, Duration timeout) {
        return journey(union("start", include("s", "Target")), email("mail", "Hello", page("p", "Landing")),
                trigger("t", join, timeout, rules, List.of(sms("yes", "Yes")), List.of(sms("no", "No"))));
    }

    @Test
    void aContactGoesDownTheTruePathWhenItsRuleHoldsAndDownTheFalsePathAtTheTimeout() {
        Journey journey = emailThenTrigger(RuleJoin.AND, List.of(rule("mail", TriggerCondition.OPENED)),
                Duration.ofDays(3));

        SimulationResult result = simulate(journey, parisAndBoston, TestModels.CERTAIN, 10);

        assertEquals(List.of("1 SMS sent +60m", "2 SMS sent +4320m"), smsSent(result));
        TileReport trigger = result.tile("t").orElseThrow();
        assertEquals(List.of(2L, 0L, 2L), List.of(trigger.entered(), trigger.waiting(), trigger.passed()));
        assertEquals(Map.of("true", 1L, "false", 1L), trigger.branches());
        assertEquals(List.of("start", "mail", "t", "yes"), result.pathOf(1).orElseThrow());
        assertEquals(List.of("start", "mail", "t", "no"), result.pathOf(2).orElseThrow());
    }

    @Test
    void allRulesMustHoldWithAndAndAnyWithOr() {
        List<TriggerRule> openedAndClicked = List.of(rule("mail", TriggerCondition.OPENED),
                rule("mail", TriggerCondition.CLICKED));
        assertEquals(List.of("1 SMS sent +120m", "2 SMS sent +4320m"),
                smsSent(simulate(emailThenTrigger(RuleJoin.AND, openedAndClicked, Duration.ofDays(3)), parisAndBoston,
                        TestModels.CERTAIN, 10)));
        assertEquals(List.of("1 SMS sent +60m", "2 SMS sent +4320m"),
                smsSent(simulate(emailThenTrigger(RuleJoin.OR, openedAndClicked, Duration.ofDays(3)), parisAndBoston,
                        TestModels.CERTAIN, 10)));
    }

    @Test
    void aSpecificLinkAndTheContentBehindItCanBeWatched() {
        List<TriggerRule> landing = List.of(clickedLink("mail", "Landing"));
        List<TriggerRule> unknownLink = List.of(clickedLink("mail", "Elsewhere"));
        List<TriggerRule> visited = List.of(rule("p", TriggerCondition.PAGE_VISITED));
        assertEquals(List.of("1 SMS sent +120m", "2 SMS sent +4320m"),
                smsSent(simulate(emailThenTrigger(RuleJoin.AND, landing, Duration.ofDays(3)), parisAndBoston,
                        TestModels.CERTAIN, 10)));
        assertEquals(List.of("1 SMS sent +120m", "2 SMS sent +4320m"),
                smsSent(simulate(emailThenTrigger(RuleJoin.AND, visited, Duration.ofDays(3)), parisAndBoston,
                        TestModels.CERTAIN, 10)));
        assertEquals(List.of("1 SMS sent +120m", "2 SMS sent +4320m"),
                smsSent(simulate(emailThenTrigger(RuleJoin.AND, unknownLink, Duration.ofDays(3)), parisAndBoston,
                        TestModels.CERTAIN, 10)), "a link a trigger waits for is one the email offers");
    }

    @Test
    void anEventBeforeTheContactArrivedMakesItPassAtOnce() {
        Journey journey = journey(union("start", include("s", "Target")), email("mail", "Hello"),
                waitFor("day", Duration.ofDays(1)),
                trigger("t", RuleJoin.AND, Duration.ofDays(3),
                        List.of(rule("mail", TriggerCondition.OPENED)),
                        List.of(sms("yes", "Yes")), List.of(sms("no", "No"))));

        SimulationResult result = simulate(journey, parisAndBoston, TestModels.CERTAIN, 10);

        assertEquals(List.of("1 SMS sent +1440m", "2 SMS sent +5760m"), smsSent(result));
    }

    @Test
    void contactsStillHeldWhenTheRunEndsAreWaiting() {
        Journey journey = emailThenTrigger(RuleJoin.AND, List.of(rule("mail", TriggerCondition.OPENED)),
                Duration.ofDays(20));

        SimulationResult result = simulate(journey, parisAndBoston, TestModels.CERTAIN, 10);

        TileReport trigger = result.tile("t").orElseThrow();
        assertEquals(List.of(2L, 1L, 1L), List.of(trigger.entered(), trigger.waiting(), trigger.passed()));
        assertEquals(List.of("start", "mail", "t"), result.pathOf(2).orElseThrow());
    }

    @Test
    void aTriggerWithoutTimeoutHoldsUntilItsRulesHoldAndOneWithoutRulesOnlyTimesOut() {
        SimulationResult noTimeout = simulate(emailThenTrigger(RuleJoin.AND,
                List.of(rule("mail", TriggerCondition.OPENED)), null), parisAndBoston,
                TestModels.CERTAIN, 10);
        assertEquals(1, noTimeout.tile("t").orElseThrow().waiting());
        assertEquals(1, noTimeout.tile("t").orElseThrow().branch("true"));

        SimulationResult noRules = simulate(emailThenTrigger(RuleJoin.AND, List.of(), Duration.ofHours(5)),
                parisAndBoston, TestModels.CERTAIN, 10);
        assertEquals(List.of("1 SMS sent +300m", "2 SMS sent +300m"), smsSent(noRules));
    }

    @Test
    void aRuleOnALaterOrUnknownTileNeverHolds() {
        List<Tile> later = List.of(email("later", "Later"));
        Journey journey = journey(union("start", include("s", "Target")),
                trigger("t", RuleJoin.OR, Duration.ofDays(1),
                        List.of(rule("later", TriggerCondition.DELIVERED),
                                rule("nowhere", TriggerCondition.DELIVERED)),
                        later, List.of(sms("no", "No"))));

        SimulationResult result = simulate(journey, parisAndBoston, TestModels.CERTAIN, 10);

        assertEquals(Map.of("true", 0L, "false", 2L), result.tile("t").orElseThrow().branches());
    }

    static List<String> smsSent(SimulationResult result) {
        return Rows.brief(result.interactions()).stream().filter(r -> r.contains("SMS sent")).toList();
    }
}
