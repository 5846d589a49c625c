package org.waymark.cli;

import org.waymark.engine.SimulationResult;
import org.waymark.store.simulation.SimulationOutput;

/** A simulation result as the records the store keeps of a run. */
final class SimulationRecords {

    private SimulationRecords() {
    }

    static SimulationOutput of(SimulationResult result) {
        return new SimulationOutput(result.interactions(),
                result.leads().stream().map(l -> new SimulationOutput.Lead(l.contactId(), l.accountId(), l.topic(),
                        l.at(), l.tileId())).toList(),
                result.activities().stream().map(a -> new SimulationOutput.Activity(a.contactId(), a.accountId(),
                        a.kind(), a.subject(), a.at(), a.tileId())).toList(),
                result.workflowRuns().stream().map(w -> new SimulationOutput.WorkflowRun(w.contactId(), w.accountId(),
                        w.workflow(), w.at(), w.tileId())).toList(),
                result.milestones().stream().map(m -> new SimulationOutput.Milestone(m.kind(), m.at(), m.detail()))
                        .toList(),
                result.tiles().stream().map(r -> new SimulationOutput.Tile(r.tileId(), r.label())).toList());
    }
}
