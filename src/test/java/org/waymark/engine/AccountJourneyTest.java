package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.engine.TestJourneys.T0;
import static org.waymark.engine.TestJourneys.email;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.rule;
import static org.waymark.engine.TestJourneys.settings;
import static org.waymark.engine.TestJourneys.simulate;
import static org.waymark.engine.TestJourneys.sms;
import static org.waymark.engine.TestJourneys.trigger;
import static org.waymark.engine.TestJourneys.union;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.TargetKind;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.TriggerCondition;

/** In an account-based journey the contacts of one account take the same trigger path, together. */
class AccountJourneyTest {

    /** Bostonians never open; Parisians open 1 h after the email. Accounts are interleaved on purpose. */
    private final Population accounts = Population.builder()
            .contact(1, 500, 1, 5, "Boston", "United States", "Buyer").member("Target", 1)
            .contact(3, 600, 1, 5, "Boston", "United States", "Buyer").member("Target", 3)
            .contact(2, 500, 1, 5, "Paris", "France", "Buyer").member("Target", 2)
            .contact(4, 600, 1, 5, "Boston", "United States", "Buyer").member("Target", 4)
            .contact(5, 700, 1, 5, "Paris", "France", "Buyer").member("Target", 5)
            .contact(6, 700, 1, 5, "Boston", "United States", "Buyer").memberSince("Target", 6, T0 + 7200)
            .contact(7, 800, 1, 5, "Boston", "United States", "Buyer").member("Target", 7)
            .contact(8, 800, 1, 5, "Paris", "France", "Buyer").memberSince("Target", 8, T0 + 84 * 3600).build();

    private static Journey openedOrNot(TargetKind target) {
        return TestJourneys.journey(TestJourneys.settings(target), union("start", include("s", "Target")),
                email("mail", "Hello"),
                trigger("t", RuleJoin.AND, Duration.ofDays(3), List.of(rule("mail", TriggerCondition.OPENED)),
                        List.of(sms("yes", "Yes")), List.of(sms("no", "No"))));
    }

    @Test
    void theFirstContactOfAnAccountToBeDecidedTakesItsColleaguesAlong() {
        SimulationResult result = simulate(openedOrNot(TargetKind.ACCOUNTS), accounts, TestModels.CERTAIN, 10);

        List<String> texts = TriggerTileTest.smsSent(result).stream().sorted().toList();
        assertEquals(List.of(
                "1 SMS sent +60m", "2 SMS sent +60m",
                "3 SMS sent +4320m", "4 SMS sent +4320m",
                "5 SMS sent +60m", "6 SMS sent +120m",
                "7 SMS sent +4320m", "8 SMS sent +5040m"), texts);
        assertEquals(List.of("start", "mail", "t", "yes"), result.pathOf(1).orElseThrow(),
                "contact 1 never opened, but its colleague did");
        assertEquals(List.of("start", "mail", "t", "no"), result.pathOf(8).orElseThrow(),
                "account 800 timed out before contact 8 arrived");
        assertEquals(Map.of("true", 4L, "false", 4L), result.tile("t").orElseThrow().branches());
    }

    @Test
    void inAContactJourneyEveryoneGoesTheirOwnWay() {
        SimulationResult result = simulate(openedOrNot(TargetKind.CONTACTS), accounts, TestModels.CERTAIN, 10);

        assertEquals(List.of("start", "mail", "t", "no"), result.pathOf(1).orElseThrow());
        assertEquals(List.of("start", "mail", "t", "yes"), result.pathOf(8).orElseThrow());
        assertEquals(Map.of("true", 3L, "false", 5L), result.tile("t").orElseThrow().branches());
    }

    @Test
    void anAccountJourneysOutputKeepsColleaguesTogether() {
        SimulationResult result = simulate(openedOrNot(TargetKind.ACCOUNTS), accounts, TestModels.CERTAIN, 10);

        List<Long> sentTo = new java.util.ArrayList<>();
        for (int i = 0; i < result.interactions().size(); i++) {
            boolean email = result.interactions().type(i) == InteractionType.EMAIL;
            if (email && "sent".equals(result.interactions().subtype(i))) {
                sentTo.add(result.interactions().contactId(i));
            }
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), sentTo);
        assertEquals(TargetKind.CONTACTS, settings().target());
    }
}
