package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.engine.TestJourneys.email;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.journey;
import static org.waymark.engine.TestJourneys.push;
import static org.waymark.engine.TestJourneys.rule;
import static org.waymark.engine.TestJourneys.sms;
import static org.waymark.engine.TestJourneys.trigger;
import static org.waymark.engine.TestJourneys.union;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerCondition;

/**
 * Triggers on SMS and push "delivered" and "clicked" and on an email's "attachment viewed" hold exactly when the
 * event they watch is recorded. With the certain model an SMS is delivered at once and tapped 30 min later, a push
 * notification delivered at once and tapped (opened) 15 min later, an email opened after 1 h and each followed
 * attachment viewed 2 h after the open; Boston never opens an email.
 */
class ChannelTriggersTest {

    private final Population paris = TestPopulations.parisians(1).build();
    private final Population parisAndBoston = TestPopulations.parisians(1)
            .contact(2, 102, 1, 5, "Boston", "United States", "Analyst").member("Target", 2).build();

    /** The source tile, then a trigger on it whose true path sends SMS "Yes" and false path SMS "No". */
    private static Journey watching(Tile source, TriggerCondition condition, Duration timeout) {
        return journey(union("start", include("s", "Target")), source,
                trigger("t", RuleJoin.AND, timeout, List.of(rule(source.id(), condition)),
                        List.of(sms("yes", "Yes")), List.of(sms("no", "No"))));
    }

    private static SimulationResult run(Journey journey, Population population, String model, Duration period,
                                        Map<String, List<String>> attachments) {
        SimulationRequest plain = TestJourneys.request(journey, population, model, 1);
        return new Simulator().run(new SimulationRequest(journey, population, plain.model(), plain.seed(),
                plain.start(), period, 1, InteractionBatch.NONE, Map.of(), attachments), SimulationProgress.NONE);
    }

    private SimulationResult run(Journey journey) {
        return run(journey, paris, TestModels.CERTAIN, Duration.ofDays(10), Map.of());
    }

    @Test
    void anSmsTriggerHoldsAtDeliveryOrAtTheTap() {
        SimulationResult delivered = run(watching(sms("text", "Hi"), TriggerCondition.DELIVERED, Duration.ofDays(1)));
        assertEquals(List.of("1 SMS delivered +0m Hi", "1 SMS sent +0m Yes"), decisive(delivered, "delivered"));

        SimulationResult clicked = run(watching(sms("text", "Hi"), TriggerCondition.CLICKED, Duration.ofDays(1)));
        assertEquals(List.of("1 SMS clicked +30m Hi", "1 SMS sent +30m Yes"), decisive(clicked, "clicked"));
        assertEquals(Map.of("true", 1L, "false", 0L), clicked.tile("t").orElseThrow().branches());

        SimulationResult tooLate = run(watching(sms("text", "Hi"), TriggerCondition.CLICKED, Duration.ofMinutes(10)));
        assertEquals(List.of("1 SMS clicked +30m Hi", "1 SMS sent +10m No"), decisive(tooLate, "clicked"),
                "the tap comes after the 10-minute timeout");
    }

    @Test
    void aPushTriggerHoldsAtDeliveryAndItsTapIsBothTheClickAndTheOpen() {
        SimulationResult delivered = run(watching(push("note", "Ping"), TriggerCondition.DELIVERED,
                Duration.ofDays(1)));
        assertEquals(List.of("1 PUSH delivered +0m Ping", "1 SMS sent +0m Yes"), decisive(delivered, "delivered"));

        SimulationResult clicked = run(watching(push("note", "Ping"), TriggerCondition.CLICKED, Duration.ofDays(1)));
        assertEquals(List.of("1 PUSH opened +15m Ping", "1 SMS sent +15m Yes"), decisive(clicked, "opened"),
                "a push notification records its tap as its opening");
        SimulationResult opened = run(watching(push("note", "Ping"), TriggerCondition.OPENED, Duration.ofDays(1)));
        assertEquals(decisive(clicked, "opened"), decisive(opened, "opened"));

        SimulationResult tooLate = run(watching(push("note", "Ping"), TriggerCondition.CLICKED,
                Duration.ofMinutes(10)));
        assertEquals(List.of("1 PUSH opened +15m Ping", "1 SMS sent +10m No"), decisive(tooLate, "opened"));
    }

    @Test
    void anEmailTriggerOnAnAttachmentViewHoldsWhenTheFirstFollowedAttachmentIsViewed() {
        Journey journey = watching(email("mail", "Offer"), TriggerCondition.ATTACHMENT_VIEWED, Duration.ofDays(3));
        Map<String, List<String>> twoFiles = Map.of("Offer", List.of("brochure.pdf", "prices.xlsx"));

        SimulationResult result = run(journey, parisAndBoston, TestModels.ATTACHING, Duration.ofDays(10), twoFiles);

        assertEquals(List.of("1 EMAIL attachmentViewed +180m brochure.pdf",
                "1 EMAIL attachmentViewed +180m prices.xlsx", "1 SMS sent +180m Yes", "2 SMS sent +4320m No"),
                decisive(result, "attachmentViewed"), "Boston never opens, so never views: false at the timeout");
        assertEquals(Map.of("true", 1L, "false", 1L), result.tile("t").orElseThrow().branches());
    }

    @Test
    void anAttachmentTriggerNeverHoldsForAnEmailWithoutFollowedAttachmentsOrAViewAfterTheRun() {
        Journey journey = watching(email("mail", "Offer"), TriggerCondition.ATTACHMENT_VIEWED, Duration.ofDays(3));

        SimulationResult none = run(journey, paris, TestModels.ATTACHING, Duration.ofDays(10), Map.of());
        assertEquals(List.of("1 SMS sent +4320m No"), decisive(none, "attachmentViewed"));

        SimulationResult short150Minutes = run(journey, paris, TestModels.ATTACHING, Duration.ofMinutes(150),
                Map.of("Offer", List.of("brochure.pdf")));
        assertEquals(List.of(), decisive(short150Minutes, "attachmentViewed"), "the view would come at +180m");
        TileReport trigger = short150Minutes.tile("t").orElseThrow();
        assertEquals(List.of(1L, 1L, 0L), List.of(trigger.entered(), trigger.waiting(), trigger.passed()));
    }

    /** The source's rows of {@code subtype} (with their link, file or asset) and the "Yes"/"No" sends. */
    private static List<String> decisive(SimulationResult result, String subtype) {
        InteractionBatch rows = result.interactions();
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String what = rows.detail(i) != null && rows.type(i) == InteractionType.EMAIL ? rows.detail(i)
                    : rows.assetName(i);
            boolean answer = rows.type(i) == InteractionType.SMS && rows.subtype(i).equals("sent")
                    && (what.equals("Yes") || what.equals("No"));
            boolean source = rows.subtype(i).equals(subtype) && !what.equals("Yes") && !what.equals("No");
            if (answer || source) {
                lines.add(rows.contactId(i) + " " + rows.type(i) + " " + rows.subtype(i) + " +"
                        + (rows.occurredAt(i) - TestJourneys.T0) / 60 + "m " + what);
            }
        }
        return lines;
    }
}
