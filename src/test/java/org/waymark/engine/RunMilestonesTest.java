package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.engine.TestJourneys.DAY;
import static org.waymark.engine.TestJourneys.START;
import static org.waymark.engine.TestJourneys.START_INSTANT;
import static org.waymark.engine.TestJourneys.T0;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.settings;
import static org.waymark.engine.TestJourneys.sms;
import static org.waymark.engine.TestJourneys.union;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.Schedule;

/** Run started, each iteration of a recurring journey started, and ended with its reason, at the right times. */
class RunMilestonesTest {

    private final Population two = TestPopulations.parisians(2).build();

    private SimulationResult run(JourneySettings settings, Instant start, Duration period) {
        Journey journey = TestJourneys.journey(settings, union("start", include("s", "Target")), sms("text", "Hi"));
        return new Simulator().run(new SimulationRequest(journey, two, TestModels.model(TestModels.CERTAIN), 1, start,
                period, 1, InteractionBatch.NONE), SimulationProgress.NONE);
    }

    @Test
    void aJourneyThatDoesNotRecurStartsAndEndsWithoutIterations() {
        assertEquals(List.of(new RunMilestone("RUN_STARTED", T0, "Test journey"),
                        new RunMilestone("ENDED", T0 + 10 * DAY, "End of the simulated period")),
                run(settings(), START_INSTANT, Duration.ofDays(10)).milestones());
        JourneySettings threeDays = TestJourneys.withSchedule(settings(), START.minusDays(1), START.plusDays(3));
        assertEquals(List.of(new RunMilestone("RUN_STARTED", T0, "Test journey"),
                        new RunMilestone("ENDED", T0 + 3 * DAY, "End of the journey's schedule")),
                run(threeDays, START_INSTANT, Duration.ofDays(10)).milestones(),
                "the run starts with the period, inside the schedule, and ends with the schedule");
        assertEquals("End of the journey's schedule",
                run(threeDays, START_INSTANT, Duration.ofDays(3)).milestones().get(1).detail(),
                "when both end together, the schedule is the reason");
    }

    @Test
    void iterationsOutsideThePeriodAreSkippedButKeepTheirNumbers() {
        JourneySettings weekly = TestJourneys.withRecurrence(settings(), 7, 3);

        SimulationResult result = run(weekly, START_INSTANT.plusSeconds(8 * DAY), Duration.ofDays(20));

        assertEquals(List.of(new RunMilestone("RUN_STARTED", T0 + 8 * DAY, "Test journey"),
                new RunMilestone("ITERATION_STARTED", T0 + 8 * DAY, "Iteration 2 of 3"),
                new RunMilestone("ITERATION_STARTED", T0 + 14 * DAY, "Iteration 3 of 3"),
                new RunMilestone("ENDED", T0 + 28 * DAY, "End of the simulated period")), result.milestones());
        assertEquals(List.of("1 SMS sent +11520m", "2 SMS sent +11520m", "1 SMS sent +20160m", "2 SMS sent +20160m"),
                TriggerTileTest.smsSent(result), "iteration 2 takes the contacts when the run starts, 3 at day 14");
    }

    @Test
    void iterationsStartAtTheSchedulesTimeOfDayAcrossADaylightSavingChange() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDateTime monday = LocalDateTime.of(2027, 3, 22, 9, 0);
        JourneySettings s = TestJourneys.withRecurrence(settings(), 7, 2);
        JourneySettings inParis = new JourneySettings(s.name(), s.description(), s.owner(), s.businessUnit(),
                s.target(), s.minimumConsent(), s.scope(), new Schedule(monday, monday.plusDays(30), paris),
                s.contentSettings(), s.recurrence(), s.suppressionSegment(), s.status(), s.milestones());
        Instant first = monday.atZone(paris).toInstant();
        Instant second = monday.plusDays(7).atZone(paris).toInstant();
        assertEquals(Duration.ofHours(7 * 24 - 1), Duration.between(first, second), "clocks go forward on 28 March");

        SimulationResult result = run(inParis, first, Duration.ofDays(14));

        assertEquals(List.of(new RunMilestone("RUN_STARTED", first.getEpochSecond(), "Test journey"),
                new RunMilestone("ITERATION_STARTED", first.getEpochSecond(), "Iteration 1 of 2"),
                new RunMilestone("ITERATION_STARTED", second.getEpochSecond(), "Iteration 2 of 2"),
                new RunMilestone("ENDED", first.plus(Duration.ofDays(14)).getEpochSecond(),
                        "End of the simulated period")), result.milestones());
        assertEquals(second.getEpochSecond(), result.interactions().occurredAt(6), "the second iteration's send");
    }
}
