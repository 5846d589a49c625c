package org.waymark.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.MilestoneKind;
import org.waymark.model.journey.TilePlace;

/**
 * Merges the chunks' outputs into one result in a fixed order — iteration, then tile, then chunk — so the
 * result never depends on which thread finished first.
 */
final class ResultAssembler {

    private final JourneyPlan plan;
    private final RunWindow window;
    private final String journeyName;

    ResultAssembler(JourneyPlan plan, RunWindow window, String journeyName) {
        this.plan = plan;
        this.window = window;
        this.journeyName = journeyName;
    }

    /** {@code states} in chunk order; null entries are chunks a cancellation skipped. */
    SimulationResult assemble(List<ChunkState> states, Population population, short[][] lastTiles,
                              boolean cancelled) {
        List<ChunkState> done = states.stream().filter(s -> s != null).toList();
        TileCounters total = new TileCounters(plan.keys());
        done.forEach(s -> total.add(s.counters()));
        PathBook paths = new PathBook(plan.places(), population, lastTiles);
        return new SimulationResult(reports(total), interactions(done), collect(done, IterationOutput::leads),
                collect(done, IterationOutput::activities), collect(done, IterationOutput::workflowRuns),
                milestones(cancelled), paths.contactsEntered(), cancelled, paths);
    }

    private List<TileReport> reports(TileCounters total) {
        TileKeys keys = plan.keys();
        List<TileReport> reports = new ArrayList<>();
        for (int t = 0; t < plan.tileCount(); t++) {
            TilePlace place = plan.places().get(t);
            Map<String, Long> branches = new LinkedHashMap<>();
            List<String> branchKeys = keys.branches(t);
            for (int k = 0; k < branchKeys.size(); k++) {
                branches.put(branchKeys.get(k), total.branches[t][k]);
            }
            Map<String, Long> messages = new LinkedHashMap<>();
            List<String> messageKeys = keys.messages(t);
            for (int k = 0; k < messageKeys.size(); k++) {
                messages.put(messageKeys.get(k), total.messages[t][k]);
            }
            if (!place.isNested()) {
                messages.put("removed", total.removed[t]);
            }
            reports.add(new TileReport(place.tile().id(), place.tile().displayName(), place.tile().type().fileName(),
                    total.entered[t], total.waiting[t], total.passed[t], branches, messages));
        }
        return reports;
    }

    private InteractionBatch interactions(List<ChunkState> done) {
        int size = 0;
        for (ChunkState state : done) {
            for (IterationOutput output : state.outputs()) {
                for (int t = 0; t < plan.tileCount(); t++) {
                    InteractionBatch batch = output.interactionsOrNull(t);
                    size += batch == null ? 0 : batch.size();
                }
            }
        }
        InteractionBatch all = new InteractionBatch(size);
        for (int k = 0; k < window.iterations(); k++) {
            for (int t = 0; t < plan.tileCount(); t++) {
                for (ChunkState state : done) {
                    if (k < state.outputs().size()) {
                        InteractionBatch batch = state.outputs().get(k).interactionsOrNull(t);
                        if (batch != null) {
                            all.addAll(batch, plan.places().get(t).tile().id());
                        }
                    }
                }
            }
        }
        return all;
    }

    private <T> List<T> collect(List<ChunkState> done, BiFunction<IterationOutput, Integer, List<T>> part) {
        List<T> all = new ArrayList<>();
        for (int k = 0; k < window.iterations(); k++) {
            for (int t = 0; t < plan.tileCount(); t++) {
                for (ChunkState state : done) {
                    if (k < state.outputs().size()) {
                        all.addAll(part.apply(state.outputs().get(k), t));
                    }
                }
            }
        }
        return all;
    }

    private List<RunMilestone> milestones(boolean cancelled) {
        List<RunMilestone> milestones = new ArrayList<>();
        if (window.iterations() == 0) {
            milestones.add(new RunMilestone(MilestoneKind.ENDED.name(), window.start(),
                    "The journey's schedule and the simulated period do not overlap"));
            return milestones;
        }
        milestones.add(new RunMilestone(MilestoneKind.RUN_STARTED.name(), window.start(), journeyName));
        if (window.recurring()) {
            for (int k = 0; k < window.iterations(); k++) {
                milestones.add(new RunMilestone(MilestoneKind.ITERATION_STARTED.name(), window.iterationStart(k),
                        "Iteration " + window.iterationNumber(k) + " of " + window.plannedIterations()));
            }
        }
        milestones.add(new RunMilestone(MilestoneKind.ENDED.name(), window.end(),
                cancelled ? "Simulation cancelled" : window.endReason()));
        return milestones;
    }
}
