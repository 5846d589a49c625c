package org.waymark.engine;

import org.waymark.model.interaction.InteractionBatch;

/** Small populations for the engine's tests. */
final class TestPopulations {

    private TestPopulations() {
    }

    /** Contacts 1..n in Paris, each its own account (100 + id), unit 1, consent 5, all in segment "Target". */
    static Population.Builder parisians(int n) {
        Population.Builder builder = Population.builder().businessUnit(1, InteractionBatch.NONE)
                .segmentKind("Target", "STATIC");
        for (long id = 1; id <= n; id++) {
            builder.contact(id, 100 + id, 1, 5, "Paris", "France", "Analyst").member("Target", id);
        }
        return builder;
    }
}
