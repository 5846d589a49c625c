package org.waymark.engine;

import java.util.List;

/** The steps of one sequence of tiles (the pipeline, a trigger path, a splitter branch), run one after another. */
final class Sequence {

    static final Sequence EMPTY = new Sequence(List.of());

    private final List<Step> steps;

    Sequence(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    void run(ChunkState state, Cohort arriving) {
        Cohort cohort = arriving;
        for (Step step : steps) {
            if (cohort == null || cohort.size() == 0) {
                return;
            }
            cohort = step.run(state, cohort);
        }
    }
}
