package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.engine.TestJourneys.DAY;
import static org.waymark.engine.TestJourneys.START;
import static org.waymark.engine.TestJourneys.T0;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.settings;
import static org.waymark.engine.TestJourneys.simulate;
import static org.waymark.engine.TestJourneys.sms;
import static org.waymark.engine.TestJourneys.union;
import static org.waymark.engine.TestJourneys.waitFor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;

/** The schedule bounds every run; a recurring journey takes its contacts again each iteration. */
class ScheduleAndRecurrenceTest {

    private final Population two = TestPopulations.parisians(2).build();

    @Test
    void nothingHappensBeforeTheSchedulesStart() {
        Journey journey = TestJourneys.journey(union("start", include("s", "Target")), sms("text", "Hi"));
        SimulationRequest early = new SimulationRequest(journey, two, TestModels.model(TestModels.CERTAIN), 1,
                TestJourneys.START_INSTANT.minusSeconds(5 * DAY), Duration.ofDays(10), 1, InteractionBatch.NONE);

        SimulationResult result = new Simulator().run(early, SimulationProgress.NONE);

        assertEquals(T0, result.interactions().occurredAt(0));
        assertEquals(new RunMilestone("RUN_STARTED", T0, "Test journey"), result.milestones().get(0));
        assertEquals(new RunMilestone("ENDED", T0 + 5 * DAY, "End of the simulated period"),
                result.milestones().get(1));
    }

    @Test
    void everythingStopsAtTheSchedulesEndWhereverContactsAre() {
        JourneySettings twoDays = TestJourneys.withSchedule(settings(), START, START.plusDays(2));
        Journey journey = TestJourneys.journey(twoDays, union("start", include("s", "Target")),
                waitFor("wait", Duration.ofDays(3)), sms("text", "Hi"));

        SimulationResult result = simulate(journey, two, TestModels.CERTAIN, 30);

        assertEquals(0, result.interactions().size());
        TileReport wait = result.tile("wait").orElseThrow();
        assertEquals(List.of(2L, 2L, 0L), List.of(wait.entered(), wait.waiting(), wait.passed()));
        assertEquals(0, result.tile("text").orElseThrow().entered());
        assertEquals(new RunMilestone("ENDED", T0 + 2 * DAY, "End of the journey's schedule"),
                result.milestones().get(result.milestones().size() - 1));
    }

    @Test
    void aScheduleThatDoesNotOverlapThePeriodRunsNothing() {
        Journey journey = TestJourneys.journey(union("start", include("s", "Target")), sms("text", "Hi"));
        SimulationRequest before = new SimulationRequest(journey, two, TestModels.model(TestModels.CERTAIN), 1,
                TestJourneys.START_INSTANT.minusSeconds(30 * DAY), Duration.ofDays(10), 1, InteractionBatch.NONE);

        SimulationResult result = new Simulator().run(before, SimulationProgress.NONE);

        assertEquals(0, result.contactsEntered());
        assertEquals(1, result.milestones().size());
        assertEquals("ENDED", result.milestones().get(0).kind());
    }

    @Test
    void aRecurringJourneyTakesEachContactOncePerIteration() {
        JourneySettings weekly = TestJourneys.withRecurrence(settings(), 7, 3);
        Journey journey = TestJourneys.journey(weekly, union("start", include("s", "Target")), sms("text", "Hi"));

        SimulationResult result = simulate(journey, two, TestModels.CERTAIN, 30);

        assertEquals(List.of("1 SMS sent +0m", "2 SMS sent +0m", "1 SMS sent +10080m", "2 SMS sent +10080m",
                "1 SMS sent +20160m", "2 SMS sent +20160m"), TriggerTileTest.smsSent(result));
        assertEquals(6, result.tile("text").orElseThrow().entered());
        assertEquals(2, result.contactsEntered());
        assertEquals(List.of("start", "text", "start", "text", "start", "text"), result.pathOf(1).orElseThrow());
        List<String> kinds = new ArrayList<>();
        result.milestones().forEach(m -> kinds.add(m.kind() + "@" + (m.at() - T0) / DAY));
        assertEquals(List.of("RUN_STARTED@0", "ITERATION_STARTED@0", "ITERATION_STARTED@7", "ITERATION_STARTED@14",
                "ENDED@30"), kinds);
    }

    @Test
    void contactsStillOnTheJourneyWhenTheirIterationEndsAreCountedWaiting() {
        JourneySettings weekly = TestJourneys.withRecurrence(settings(), 7, 2);
        Journey journey = TestJourneys.journey(weekly, union("start", include("s", "Target")),
                waitFor("wait", Duration.ofDays(10)), sms("text", "Hi"));

        SimulationResult result = simulate(journey, two, TestModels.CERTAIN, 30);

        TileReport wait = result.tile("wait").orElseThrow();
        assertEquals(List.of(4L, 4L, 0L), List.of(wait.entered(), wait.waiting(), wait.passed()));
        assertEquals(0, result.interactions().size());
    }

    @Test
    void aCancelledRunSaysSoAndStops() {
        Journey journey = TestJourneys.journey(union("start", include("s", "Target")), sms("text", "Hi"));
        List<Double> fractions = new ArrayList<>();
        SimulationProgress cancelAtOnce = new SimulationProgress() {
            @Override
            public void progress(double fraction, String what) {
                fractions.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        SimulationResult result = new Simulator().run(TestJourneys.request(journey, two, TestModels.CERTAIN, 5),
                cancelAtOnce);

        assertTrue(result.cancelled());
        assertEquals(0, result.contactsEntered());
        assertEquals(new RunMilestone("ENDED", T0 + 5 * DAY, "Simulation cancelled"),
                result.milestones().get(result.milestones().size() - 1));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertFalse(simulate(journey, two, TestModels.CERTAIN, 5).cancelled());
    }
}
