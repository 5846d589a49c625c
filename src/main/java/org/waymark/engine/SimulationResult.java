package org.waymark.engine;

import java.util.List;
import java.util.Optional;
import org.waymark.model.interaction.InteractionBatch;

/**
 * What a simulation produced: per-tile counts in reading order, the interactions (ordered by iteration, tile,
 * contact, then time), the records of internal actions, the run's milestones and each contact's path. The same
 * request gives the same result, whatever the number of threads.
 */
public final class SimulationResult {

    private final List<TileReport> tiles;
    private final InteractionBatch interactions;
    private final List<CreatedLead> leads;
    private final List<CreatedActivity> activities;
    private final List<WorkflowRun> workflowRuns;
    private final List<RunMilestone> milestones;
    private final long contactsEntered;
    private final boolean cancelled;
    private final PathBook paths;

    SimulationResult(List<TileReport> tiles, InteractionBatch interactions, List<CreatedLead> leads,
                     List<CreatedActivity> activities, List<WorkflowRun> workflowRuns, List<RunMilestone> milestones,
                     long contactsEntered, boolean cancelled, PathBook paths) {
        this.tiles = List.copyOf(tiles);
        this.interactions = interactions;
        this.leads = List.copyOf(leads);
        this.activities = List.copyOf(activities);
        this.workflowRuns = List.copyOf(workflowRuns);
        this.milestones = List.copyOf(milestones);
        this.contactsEntered = contactsEntered;
        this.cancelled = cancelled;
        this.paths = paths;
    }

    /** One report per tile, nested tiles included, in the journey's reading order. */
    public List<TileReport> tiles() {
        return tiles;
    }

    /** The report of the tile with this id, if the journey has it. */
    public Optional<TileReport> tile(String tileId) {
        return tiles.stream().filter(t -> t.tileId().equals(tileId)).findFirst();
    }

    public InteractionBatch interactions() {
        return interactions;
    }

    public List<CreatedLead> leads() {
        return leads;
    }

    public List<CreatedActivity> activities() {
        return activities;
    }

    public List<WorkflowRun> workflowRuns() {
        return workflowRuns;
    }

    /** Run started, each iteration of a recurring journey started, ended (with why: {@link RunMilestone}). */
    public List<RunMilestone> milestones() {
        return milestones;
    }

    /** How many different contacts entered the journey (in any iteration). */
    public long contactsEntered() {
        return contactsEntered;
    }

    /** Whether the run was cancelled; the result then holds only the chunks finished before. */
    public boolean cancelled() {
        return cancelled;
    }

    /**
     * The ids of the pipeline tiles the contact went through (iteration after iteration), empty when it never
     * entered; absent when the population has no such contact.
     */
    public Optional<List<String>> pathOf(long contactId) {
        return paths.pathOf(contactId);
    }
}
