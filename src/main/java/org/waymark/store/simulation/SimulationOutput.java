package org.waymark.store.simulation;

import java.util.List;
import org.waymark.model.interaction.InteractionBatch;

/**
 * What a simulation run leaves in the store besides its summary row: interactions, leads, activity records,
 * workflow runs, milestones and the names its tiles had. Times are epoch seconds (UTC); absent ids are
 * {@link InteractionBatch#NONE}.
 */
public record SimulationOutput(InteractionBatch interactions, List<Lead> leads, List<Activity> activities,
                               List<WorkflowRun> workflowRuns, List<Milestone> milestones, List<Tile> tiles) {

    /** An output without tile names (its interactions then name no tile either). */
    public SimulationOutput(InteractionBatch interactions, List<Lead> leads, List<Activity> activities,
                            List<WorkflowRun> workflowRuns, List<Milestone> milestones) {
        this(interactions, leads, activities, workflowRuns, milestones, List.of());
    }

    public SimulationOutput {
        tiles = List.copyOf(tiles);
        leads = List.copyOf(leads);
        activities = List.copyOf(activities);
        workflowRuns = List.copyOf(workflowRuns);
        milestones = List.copyOf(milestones);
    }

    /** A lead created by a create-lead tile. */
    public record Lead(long contactId, long accountId, String topic, long at, String tileId) {
    }

    /** A task, phone call or appointment created by an activity tile. */
    public record Activity(long contactId, long accountId, String kind, String subject, long at, String tileId) {
    }

    /** A logged run of a workflow launched by a launch-workflow tile. */
    public record WorkflowRun(long contactId, long accountId, String workflow, long at, String tileId) {
    }

    /** A tile of the journey as simulated: its id, which interactions carry, and the name it had then. */
    public record Tile(String id, String name) {
    }

    /** A milestone of the run: run started, iteration started, ended. */
    public record Milestone(String kind, long at, String detail) {
    }
}
