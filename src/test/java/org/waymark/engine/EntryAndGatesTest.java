package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.engine.TestJourneys.T0;
import static org.waymark.engine.TestJourneys.email;
import static org.waymark.engine.TestJourneys.exclude;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.includeList;
import static org.waymark.engine.TestJourneys.intersection;
import static org.waymark.engine.TestJourneys.journey;
import static org.waymark.engine.TestJourneys.settings;
import static org.waymark.engine.TestJourneys.simulate;
import static org.waymark.engine.TestJourneys.sms;
import static org.waymark.engine.TestJourneys.union;
import static org.waymark.engine.TestJourneys.waitFor;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.FormSubmittedStartTile;

/** Who enters, when, and who the gates keep out or take off the journey. */
class EntryAndGatesTest {

    /** 1 in A, 2 in B, 3 in A and B, 4 in A and X. */
    private final Population segments = Population.builder()
            .contact(1, 11, 1, 5, "Paris", "France", "Buyer").member("A", 1)
            .contact(2, 12, 1, 5, "Paris", "France", "Buyer").member("B", 2)
            .contact(3, 13, 1, 5, "Paris", "France", "Buyer").member("A", 3).member("B", 3)
            .contact(4, 14, 1, 5, "Paris", "France", "Buyer").member("A", 4).member("X", 4).build();

    @Test
    void aUnionTakesAnyIncludedSegmentAnIntersectionAllOfThemAndExcludedSegmentsKeepTheirMembersOut() {
        SimulationResult union = simulate(journey(union("start", include("a", "A"), include("b", "B"),
                exclude("x", "X")), sms("text", "Hi")), segments, TestModels.CERTAIN, 5);
        assertEquals(List.of(1L, 2L, 3L), sentTo(union));
        TileReport start = union.tile("start").orElseThrow();
        assertEquals(4, start.message("targeted"));
        assertEquals(1, start.message("excluded"));
        assertEquals(1, union.tile("x").orElseThrow().message("excluded"));
        assertEquals(2, union.tile("a").orElseThrow().entered(), "contacts 1 and 3 came in through A");

        SimulationResult both = simulate(journey(intersection("start", include("a", "A"), include("b", "B")),
                sms("text", "Hi")), segments, TestModels.CERTAIN, 5);
        assertEquals(List.of(3L), sentTo(both));
        assertEquals(1, both.contactsEntered());
    }

    @Test
    void contactsWhoJoinWhileTheJourneyRunsEnterFromTheFirstTileThen() {
        Population joiners = Population.builder()
                .contact(1, 11, 1, 5, "Paris", "France", "Buyer").memberSince("Target", 1, T0 - 86_400)
                .contact(2, 12, 1, 5, "Paris", "France", "Buyer").memberSince("Target", 2, T0 + 5 * 3600)
                .contact(3, 13, 1, 5, "Paris", "France", "Buyer").memberSince("Target", 3, T0 + 30 * 86_400).build();

        SimulationResult result = simulate(journey(union("start", include("s", "Target")), sms("text", "Hi")),
                joiners, TestModels.CERTAIN, 5);

        assertEquals(List.of("1 SMS sent +0m", "2 SMS sent +300m"), TriggerTileTest.smsSent(result));
        assertEquals(List.of(), result.pathOf(3).orElseThrow());
        assertTrue(result.pathOf(99).isEmpty());
    }

    @Test
    void contactsBelowTheMinimumConsentNeverEnter() {
        Population population = TestPopulations.parisians(2)
                .contact(3, 103, 1, 3, "Paris", "France", "Buyer").member("Target", 3).build();
        Journey journey = TestJourneys.journey(TestJourneys.withConsent(settings(), ConsentLevel.MARKETING),
                union("start", include("s", "Target")), sms("text", "Hi"));

        SimulationResult result = simulate(journey, population, TestModels.CERTAIN, 5);

        assertEquals(List.of(1L, 2L), sentTo(result));
        assertEquals(1, result.tile("start").orElseThrow().message("belowConsent"));
    }

    @Test
    void aBusinessUnitJourneyTakesOnlyTheOwnersUnitAndTheUnitsBelowIt() {
        Population population = Population.builder()
                .businessUnit(1, InteractionBatch.NONE).businessUnit(2, 1).businessUnit(3, 2).businessUnit(4,
                        InteractionBatch.NONE)
                .contact(1, 11, 1, 5, "Paris", "France", "Buyer").member("Target", 1)
                .contact(2, 12, 2, 5, "Paris", "France", "Buyer").member("Target", 2)
                .contact(3, 13, 3, 5, "Paris", "France", "Buyer").member("Target", 3)
                .contact(4, 14, 4, 5, "Paris", "France", "Buyer").member("Target", 4).build();
        Journey scoped = TestJourneys.journey(TestJourneys.withScope(settings(), BusinessUnitScope.BUSINESS_UNIT),
                union("start", include("s", "Target")), sms("text", "Hi"));
        SimulationRequest request = TestJourneys.request(scoped, population, TestModels.CERTAIN, 5);
        SimulationRequest ownedByUnit2 = new SimulationRequest(request.journey(), population, request.model(), 1,
                request.start(), request.period(), 1, 2);

        SimulationResult result = new Simulator().run(ownedByUnit2, SimulationProgress.NONE);

        assertEquals(List.of(2L, 3L), sentTo(result));
        assertEquals(2, result.tile("start").orElseThrow().message("outOfScope"));
        Journey organization = journey(union("start", include("s", "Target")), sms("text", "Hi"));
        assertEquals(4, simulate(organization, population, TestModels.CERTAIN, 5).contactsEntered());
    }

    @Test
    void suppressedContactsNeverEnterAndThoseSuppressedMidwayLeaveBeforeTheirNextMessage() {
        Population population = TestPopulations.parisians(3).member("Blocked", 1)
                .memberSince("Blocked", 2, T0 + 3 * 3600).build();
        Journey journey = TestJourneys.journey(TestJourneys.withSuppression(settings(), "Blocked"),
                union("start", include("s", "Target")), sms("first", "First"), waitFor("day", Duration.ofDays(1)),
                sms("second", "Second"));

        SimulationResult result = simulate(journey, population, TestModels.CERTAIN, 5);

        assertEquals(List.of("2 SMS sent +0m", "3 SMS sent +0m", "3 SMS sent +1440m"),
                TriggerTileTest.smsSent(result));
        assertEquals(1, result.tile("start").orElseThrow().message("suppressed"));
        TileReport day = result.tile("day").orElseThrow();
        assertEquals(List.of(2L, 0L, 2L), List.of(day.entered(), day.waiting(), day.passed()));
        assertEquals(1, day.message("removed"));
        assertEquals(List.of("start", "first", "day"), result.pathOf(2).orElseThrow());
    }

    @Test
    void unsubscribingFromATargetedSubscriptionListTakesTheContactOffTheJourney() {
        Population population = TestPopulations.parisians(1).segmentKind("News", "SUBSCRIPTION_LIST")
                .member("News", 1).build();
        Journey onTheList = journey(union("start", includeList("s", "News")), email("mail", "Hello"),
                waitFor("day", Duration.ofDays(1)), sms("text", "Hi"));
        Journey onASegment = journey(union("start", include("s", "Target")), email("mail", "Hello"),
                waitFor("day", Duration.ofDays(1)), sms("text", "Hi"));

        SimulationResult listed = simulate(onTheList, population, TestModels.UNSUBSCRIBING, 5);
        assertEquals(List.of(), TriggerTileTest.smsSent(listed));
        assertEquals(1, listed.tile("mail").orElseThrow().message("unsubscribed"));
        assertEquals(1, listed.tile("day").orElseThrow().message("removed"));
        assertEquals(List.of("1 SMS sent +1440m"),
                TriggerTileTest.smsSent(simulate(onASegment, population, TestModels.UNSUBSCRIBING, 5)));
    }

    @Test
    void anInboundJourneyStartsWhenTheBehaviourModelSaysTheFormIsSubmitted() {
        Population population = TestPopulations.parisians(20).build();
        Journey journey = journey(new FormSubmittedStartTile("start", "", "Sign-up"), sms("text", "Thanks"));

        SimulationResult result = simulate(journey, population, TestModels.INBOUND, 5);

        assertEquals(20, result.contactsEntered(), "a daily rate of 1: everyone on the first day");
        InteractionBatch rows = result.interactions();
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(rows.occurredAt(i) >= T0 && rows.occurredAt(i) < T0 + 86_400 + 3600, Rows.of(rows).get(i));
        }
        assertEquals(0, simulate(journey, population, TestModels.CERTAIN, 5).contactsEntered(),
                "a daily rate of 0: nobody");
    }

    private static List<Long> sentTo(SimulationResult result) {
        InteractionBatch rows = result.interactions();
        List<Long> contacts = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if ("sent".equals(rows.subtype(i))) {
                contacts.add(rows.contactId(i));
            }
        }
        return contacts;
    }
}
