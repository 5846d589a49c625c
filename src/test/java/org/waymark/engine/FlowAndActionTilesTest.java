package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.engine.TestJourneys.T0;
import static org.waymark.engine.TestJourneys.activity;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.journey;
import static org.waymark.engine.TestJourneys.lead;
import static org.waymark.engine.TestJourneys.simulate;
import static org.waymark.engine.TestJourneys.sms;
import static org.waymark.engine.TestJourneys.union;
import static org.waymark.engine.TestJourneys.valueSplit;
import static org.waymark.engine.TestJourneys.waitFor;
import static org.waymark.engine.TestJourneys.workflow;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.ReleaseWindow;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.ValueOperator;
import org.waymark.model.tile.ValueRule;
import org.waymark.model.tile.Wait;

/** Value splitters, schedulers and internal actions on hand-worked cases (percent splits: the property test). */
class FlowAndActionTilesTest {

    private final Population threeCities = TestPopulations.parisians(1)
            .contact(2, 102, 1, 3, "Boston", "United States", "Buyer").member("Target", 2)
            .contact(3, 103, 1, 4, "BOSTON ", "United States", "Engineer").member("Target", 3).build();

    @Test
    void aValueSplitterSendsEachContactDownTheFirstBranchWhoseRuleItMatches() {
        Journey journey = journey(union("start", include("s", "Target")),
                valueSplit("split", new ValueRule("city", ValueOperator.EQUALS, "boston"),
                        List.of(sms("boston", "B")), List.of(sms("others", "O"))));

        SimulationResult result = simulate(journey, threeCities, TestModels.CERTAIN, 10);

        assertEquals(Map.of("Matching", 2L, "Everyone else", 1L), result.tile("split").orElseThrow().branches());
        assertEquals(List.of("start", "split", "boston"), result.pathOf(3).orElseThrow());
        assertEquals(List.of("start", "split", "others"), result.pathOf(1).orElseThrow());
    }

    @Test
    void numbersCompareAsNumbersAndUnknownFieldsNeverMatch() {
        Journey byConsent = journey(union("start", include("s", "Target")),
                valueSplit("split", new ValueRule("consent", ValueOperator.GREATER_THAN, "3.5"), List.of(), List.of()));
        assertEquals(Map.of("Matching", 2L, "Everyone else", 1L),
                simulate(byConsent, threeCities, TestModels.CERTAIN, 10).tile("split").orElseThrow().branches());
        Journey byEmail = journey(union("start", include("s", "Target")),
                valueSplit("split", new ValueRule("email", ValueOperator.NOT_EQUALS, "x"), List.of(), List.of()));
        assertEquals(Map.of("Matching", 0L, "Everyone else", 3L),
                simulate(byEmail, threeCities, TestModels.CERTAIN, 10).tile("split").orElseThrow().branches());
    }

    @Test
    void aSchedulerWaitsADurationOrUntilAMoment() {
        Journey forTwoDays = journey(union("start", include("s", "Target")), waitFor("wait", Duration.ofDays(2)),
                sms("after", "After"));
        assertEquals(List.of("1 SMS sent +2880m"), smsSent(simulate(forTwoDays, TestPopulations.parisians(1).build(),
                TestModels.CERTAIN, 10)));

        Journey untilThursday = journey(union("start", include("s", "Target")),
                new SchedulerTile("wait", "", Wait.until(TestJourneys.START.plusDays(3)), null), sms("after", "After"));
        assertEquals(List.of("1 SMS sent +4320m"), smsSent(simulate(untilThursday,
                TestPopulations.parisians(1).build(), TestModels.CERTAIN, 10)));
    }

    @Test
    void aReleaseWindowHoldsContactsUntilItIsNextOpen() {
        ReleaseWindow weekdays = new ReleaseWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0));
        Journey intoTheWeekend = journey(union("start", include("s", "Target")),
                new SchedulerTile("wait", "", Wait.forDuration(Duration.ofDays(5)), weekdays), sms("after", "After"));
        assertEquals(List.of("1 SMS sent +10080m"), smsSent(simulate(intoTheWeekend,
                TestPopulations.parisians(1).build(), TestModels.CERTAIN, 20)), "Saturday 9:00 waits for Monday 9:00");

        ReleaseWindow nights = new ReleaseWindow(EnumSet.noneOf(DayOfWeek.class), LocalTime.of(22, 0),
                LocalTime.of(6, 0));
        Journey atNight = journey(union("start", include("s", "Target")),
                new SchedulerTile("wait", "", null, nights), sms("after", "After"));
        assertEquals(List.of("1 SMS sent +780m"), smsSent(simulate(atNight, TestPopulations.parisians(1).build(),
                TestModels.CERTAIN, 20)), "Monday 9:00 waits for 22:00");
    }

    @Test
    void actionsPerContactMakeOneRecordPerContactAndPerAccountOnePerAccount() {
        Population colleagues = Population.builder()
                .contact(1, 500, 1, 5, "Paris", "France", "Buyer").member("Target", 1)
                .contact(2, 600, 1, 5, "Paris", "France", "Buyer").member("Target", 2)
                .contact(3, 500, 1, 5, "Paris", "France", "Buyer").memberSince("Target", 3, T0 + 3600)
                .contact(4, InteractionBatch.NONE, 1, 5, "Paris", "France", "Buyer").member("Target", 4).build();
        Journey journey = journey(union("start", include("s", "Target")), activity("call", ActionTarget.CONTACT),
                lead("lead", ActionTarget.ACCOUNT), workflow("flow", ActionTarget.CONTACT));

        SimulationResult result = simulate(journey, colleagues, TestModels.CERTAIN, 10);

        assertEquals(List.of(1L, 3L, 2L, 4L), result.activities().stream().map(CreatedActivity::contactId).toList(),
                "in chunk order: the contacts of account 500 sit together");
        assertEquals(new CreatedActivity(3, 500, "PHONE_CALL", "Call them", T0 + 3600, "call"),
                result.activities().get(1));
        assertEquals(List.of(new CreatedLead(InteractionBatch.NONE, 500, "Interested", T0, "lead"),
                new CreatedLead(InteractionBatch.NONE, 600, "Interested", T0, "lead"),
                new CreatedLead(4, InteractionBatch.NONE, "Interested", T0, "lead")), result.leads());
        assertEquals(4, result.workflowRuns().size());
        assertEquals(new WorkflowRun(1, 500, "Follow up", T0, "flow"), result.workflowRuns().get(0));
        assertEquals(3, result.tile("lead").orElseThrow().message("created"));
        assertEquals(4, result.tile("lead").orElseThrow().passed());
    }

    private static List<String> smsSent(SimulationResult result) {
        return TriggerTileTest.smsSent(result);
    }
}
