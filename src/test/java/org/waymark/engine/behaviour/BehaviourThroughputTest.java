package org.waymark.engine.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Prints how many respond() calls a second one thread manages with the default model; asserts nothing about speed. */
class BehaviourThroughputTest {

    @Test
    void measureRespondThroughput() {
        BehaviourModel model = BehaviourModel.defaults();
        DeterministicRandom random = new DeterministicRandom(1);
        MessageContent offer = new MessageContent("EMAIL", "White paper offer",
                List.of("Download the white paper", "Read our blog"), List.of("playbook-summary.pdf"));
        String[] titles = {"Marketing manager", "Chief executive", "Buyer", "Analyst"};
        String[] cities = {"New York", "Boston", "London", "Paris"};
        int contacts = 200_000;
        ContactTraits[] people = new ContactTraits[contacts];
        for (int i = 0; i < contacts; i++) {
            people[i] = new ContactTraits(i, i / 4, i % 6, cities[i % 4], "United States", titles[(i / 4) % 4]);
        }
        int tiles = 10;
        long sink = 0;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            long start = System.nanoTime();
            sink += run(model, random, offer, people, tiles);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("respond(): %,d calls in %.3f s (best of 4 rounds) = %,.0f calls/s on one thread%n",
                (long) contacts * tiles, best, contacts * (double) tiles / best);
        assertThat(sink).isNotZero();
    }

    private static long run(BehaviourModel model, DeterministicRandom random, MessageContent message,
                            ContactTraits[] people, int tiles) {
        long sink = 0;
        for (int tile = 0; tile < tiles; tile++) {
            for (ContactTraits person : people) {
                MessageResponse r = model.respond(person, message, 1_750_000_000L, random, tile);
                sink += r.deliveredAt() + r.clicks().size();
            }
        }
        return sink;
    }
}
