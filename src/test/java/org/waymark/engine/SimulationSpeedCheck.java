package org.waymark.engine;

import static org.waymark.engine.TestJourneys.email;
import static org.waymark.engine.TestJourneys.exclude;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.journey;
import static org.waymark.engine.TestJourneys.percentSplit;
import static org.waymark.engine.TestJourneys.rule;
import static org.waymark.engine.TestJourneys.sms;
import static org.waymark.engine.TestJourneys.trigger;
import static org.waymark.engine.TestJourneys.union;
import static org.waymark.engine.TestJourneys.waitFor;

import java.time.Duration;
import java.util.List;
import org.waymark.engine.behaviour.BehaviourModel;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.TriggerCondition;

/**
 * Not a test: prints how fast a synthetic population goes through a 10-tile journey in memory, for a feel of
 * the engine's speed while developing it. Run its {@code main} with the test class path; the real benchmark is
 * the {@code bench} command.
 */
public final class SimulationSpeedCheck {

    private SimulationSpeedCheck() {
    }

    static Journey tenTiles() {
        return journey(union("start", include("all", "All"), exclude("suppressed", "Suppressed")),
                email("newsletter", "Monthly newsletter"),
                trigger("opened", RuleJoin.OR, Duration.ofDays(3), List.of(rule("newsletter", TriggerCondition.OPENED)),
                        List.of(percentSplit("split", 50, List.of(email("webinar", "Webinar invitation")),
                                List.of(sms("text", "Welcome text")))),
                        List.of(waitFor("wait", Duration.ofDays(2)), email("reminder", "White paper reminder"))));
    }

    public static void main(String[] args) {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long built = System.nanoTime();
        Population population = Population.synthetic(contacts, 7);
        System.out.printf("population of %,d built in %d ms%n", contacts, (System.nanoTime() - built) / 1_000_000);
        BehaviourModel model = BehaviourModel.defaults();
        for (int threads : new int[] {1, 2}) {
            for (int round = 0; round < rounds; round++) {
                SimulationRequest request = new SimulationRequest(tenTiles(), population, model, 42,
                        TestJourneys.START_INSTANT, Duration.ofDays(30), threads, InteractionBatch.NONE);
                long start = System.nanoTime();
                SimulationResult result = new Simulator().run(request, SimulationProgress.NONE);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("%d thread(s): %,d contacts x %d tiles in %,d ms (%,.0f contact-tiles/s), "
                                + "%,d interactions, heap used %,d MB%n", threads, contacts, result.tiles().size(), ms,
                        contacts * 10.0 / ms * 1000, result.interactions().size(),
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            }
        }
    }
}
