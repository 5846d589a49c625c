package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.engine.TestJourneys.email;
import static org.waymark.engine.TestJourneys.event;
import static org.waymark.engine.TestJourneys.form;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.journey;
import static org.waymark.engine.TestJourneys.page;
import static org.waymark.engine.TestJourneys.push;
import static org.waymark.engine.TestJourneys.simulate;
import static org.waymark.engine.TestJourneys.sms;
import static org.waymark.engine.TestJourneys.union;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.Journey;

/** Email, SMS and push tiles, and the pages, forms and events inside an email, on hand-worked cases. */
class MessageTilesTest {

    @Test
    void anEmailIsSentOnArrivalAndItsResponsesAreRecordedInTimeOrder() {
        Population population = TestPopulations.parisians(1)
                .contact(2, 102, 1, 5, "Boston", "United States", "Analyst").member("Target", 2).build();
        Journey journey = journey(union("start", include("s", "Target")), email("mail", "Hello", page("p", "Landing")));

        SimulationResult result = simulate(journey, population, TestModels.CERTAIN, 10);

        assertEquals(List.of(
                "1 EMAIL sent +0m", "1 EMAIL delivered +0m", "1 EMAIL opened +60m", "1 EMAIL clicked +120m",
                "2 EMAIL sent +0m", "2 EMAIL delivered +0m",
                "1 WEB visited +120m"), Rows.brief(result.interactions()));
        InteractionBatch rows = result.interactions();
        assertEquals("Landing", rows.detail(3), "a click names its link: the page's asset");
        assertEquals("email", rows.assetKind(0));
        assertEquals("Hello", rows.assetName(0));
        assertEquals("page", rows.assetKind(6));
        assertEquals("Landing", rows.assetName(6));
        assertEquals("mail", rows.tile(0), "each row names the tile it came from, for the timeline and playback");
        assertEquals("p", rows.tile(6), "a page visit comes from the page's tile");
        TileReport mail = result.tile("mail").orElseThrow();
        assertEquals(List.of(2L, 0L, 2L), List.of(mail.entered(), mail.waiting(), mail.passed()));
        assertEquals(2, mail.message("sent"));
        assertEquals(2, mail.message("delivered"));
        assertEquals(1, mail.message("opened"));
        assertEquals(1, mail.message("clicked"));
        TileReport landing = result.tile("p").orElseThrow();
        assertEquals(1, landing.entered());
        assertEquals(1, landing.message("visited"));
        assertEquals(2, result.tile("s").orElseThrow().entered());
    }

    @Test
    void formsAreSubmittedAndEventsRegisteredAndAttendedAfterTheClick() {
        Population population = TestPopulations.parisians(1).build();
        Journey journey = journey(union("start", include("s", "Target")),
                email("mail", "Invite", form("f", "Sign-up"), event("ev", "Summit")));

        SimulationResult result = simulate(journey, population, TestModels.CERTAIN, 10);

        assertEquals(List.of(
                "1 EMAIL sent +0m", "1 EMAIL delivered +0m", "1 EMAIL opened +60m", "1 EMAIL clicked +120m",
                "1 EMAIL clicked +120m",
                "1 FORM visited +120m", "1 FORM submitted +150m",
                "1 EVENT registered +180m", "1 EVENT attended +3060m"), Rows.brief(result.interactions()));
        assertEquals(1, result.tile("f").orElseThrow().message("submitted"));
        assertEquals(1, result.tile("ev").orElseThrow().message("attended"));
    }

    @Test
    void nothingIsRecordedAfterTheRunEnds() {
        Population population = TestPopulations.parisians(1).build();
        Journey journey = journey(union("start", include("s", "Target")),
                email("mail", "Invite", event("ev", "Summit")));

        SimulationResult result = simulate(journey, population, TestModels.CERTAIN, 1);

        assertEquals(List.of(
                "1 EMAIL sent +0m", "1 EMAIL delivered +0m", "1 EMAIL opened +60m", "1 EMAIL clicked +120m",
                "1 EVENT registered +180m"), Rows.brief(result.interactions()),
                "attending comes 48 h later, after a one-day run");
        assertEquals(0, result.tile("ev").orElseThrow().message("attended"));
    }

    @Test
    void aBouncedEmailIsNeitherDeliveredNorOpened() {
        Population population = TestPopulations.parisians(1).build();
        Journey journey = journey(union("start", include("s", "Target")), email("mail", "Hello"));

        SimulationResult result = simulate(journey, population, TestModels.BOUNCING, 10);

        assertEquals(List.of("1 EMAIL sent +0m", "1 EMAIL bounced +0m hard"), Rows.of(result.interactions()));
        TileReport mail = result.tile("mail").orElseThrow();
        assertEquals(1, mail.message("bounced"));
        assertEquals(0, mail.message("delivered"));
        assertEquals(1, mail.passed(), "the contact passes the tile at send time all the same");
    }

    @Test
    void smsIsSentDeliveredAndClickedAndPushIsSentDeliveredAndOpened() {
        Population population = TestPopulations.parisians(1).build();
        Journey journey = journey(union("start", include("s", "Target")), sms("text", "Hi"), push("note", "Ping"));

        SimulationResult result = simulate(journey, population, TestModels.CERTAIN, 10);

        assertEquals(List.of(
                "1 SMS sent +0m", "1 SMS delivered +0m", "1 SMS clicked +30m",
                "1 PUSH sent +0m", "1 PUSH delivered +0m", "1 PUSH opened +15m"), Rows.brief(result.interactions()));
        assertEquals("sms", result.interactions().assetKind(0));
        assertEquals("push", result.interactions().assetKind(3));
        assertEquals(1, result.tile("text").orElseThrow().message("clicked"));
        assertEquals(1, result.tile("note").orElseThrow().message("opened"));
    }
}
