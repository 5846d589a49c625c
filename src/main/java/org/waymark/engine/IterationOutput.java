package org.waymark.engine;

import java.util.ArrayList;
import java.util.List;
import org.waymark.model.interaction.InteractionBatch;

/**
 * What one chunk of contacts produced in one iteration, tile by tile, so that the chunks can be merged in a
 * fixed order (tile, then chunk) whatever thread ran them.
 */
final class IterationOutput {

    private final InteractionBatch[] interactions;
    private final List<List<CreatedLead>> leads = new ArrayList<>();
    private final List<List<CreatedActivity>> activities = new ArrayList<>();
    private final List<List<WorkflowRun>> workflowRuns = new ArrayList<>();

    IterationOutput(int tiles) {
        interactions = new InteractionBatch[tiles];
        for (int t = 0; t < tiles; t++) {
            leads.add(null);
            activities.add(null);
            workflowRuns.add(null);
        }
    }

    InteractionBatch interactions(int tile) {
        if (interactions[tile] == null) {
            interactions[tile] = new InteractionBatch(256);
        }
        return interactions[tile];
    }

    /** The interactions of a tile, or null when it had none. */
    InteractionBatch interactionsOrNull(int tile) {
        return interactions[tile];
    }

    void add(int tile, CreatedLead lead) {
        listOf(leads, tile).add(lead);
    }

    void add(int tile, CreatedActivity activity) {
        listOf(activities, tile).add(activity);
    }

    void add(int tile, WorkflowRun run) {
        listOf(workflowRuns, tile).add(run);
    }

    List<CreatedLead> leads(int tile) {
        return orEmpty(leads.get(tile));
    }

    List<CreatedActivity> activities(int tile) {
        return orEmpty(activities.get(tile));
    }

    List<WorkflowRun> workflowRuns(int tile) {
        return orEmpty(workflowRuns.get(tile));
    }

    private static <T> List<T> listOf(List<List<T>> lists, int tile) {
        if (lists.get(tile) == null) {
            lists.set(tile, new ArrayList<>());
        }
        return lists.get(tile);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
