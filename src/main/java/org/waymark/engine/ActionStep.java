package org.waymark.engine;

import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.ActivityKind;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.LaunchWorkflowTile;
import org.waymark.model.tile.Tile;

/**
 * An internal action — activity, create lead, launch workflow — done as each contact arrives, which passes on
 * at once. Done once per account, it happens when the account's first contact arrives (in this iteration) and
 * names no contact; a contact without an account still gets its own. Each record also goes on the timeline as an
 * ACTIVITY interaction: subtype the activity kind ("task", "phoneCall", "appointment"), "leadCreated" or
 * "workflowLaunched", asset the subject, topic or workflow (the tile's name when blank).
 */
final class ActionStep extends Step {

    private final Tile action;
    private final boolean perAccount;
    private final String subtype;
    private final String assetKind;
    private final String assetName;

    ActionStep(int tile, Tile action, TileKeys keys) {
        super(tile);
        this.action = action;
        this.perAccount = per(action) == ActionTarget.ACCOUNT;
        if (action instanceof ActivityTile activity) {
            subtype = subtype(activity.kind());
            assetKind = "activity";
            assetName = orName(activity.subject(), action);
        } else if (action instanceof CreateLeadTile lead) {
            subtype = "leadCreated";
            assetKind = "lead";
            assetName = orName(lead.topic(), action);
        } else {
            subtype = "workflowLaunched";
            assetKind = "workflow";
            assetName = orName(((LaunchWorkflowTile) action).workflow(), action);
        }
        keys.declareMessages(tile, "created");
    }

    @Override
    Cohort run(ChunkState state, Cohort arriving) {
        state.enter(tile, arriving);
        Population population = state.population();
        int k = 0;
        while (k < arriving.size()) {
            int index = state.populationIndex(arriving.position(k));
            long account = population.accountId(index);
            int end = k + 1;
            if (perAccount && account != InteractionBatch.NONE) {
                long first = arriving.time(k);
                while (end < arriving.size()
                        && population.accountId(state.populationIndex(arriving.position(end))) == account) {
                    first = Math.min(first, arriving.time(end));
                    end++;
                }
                create(state, InteractionBatch.NONE, account, first);
            } else {
                create(state, population.contactId(index), account, arriving.time(k));
            }
            k = end;
        }
        Cohort next = new Cohort(arriving.size());
        for (int m = 0; m < arriving.size(); m++) {
            state.leave(tile, arriving.position(m), arriving.time(m), next);
        }
        return next;
    }

    private void create(ChunkState state, long contactId, long accountId, long at) {
        String id = action.id();
        IterationOutput output = state.output();
        if (action instanceof ActivityTile activity) {
            String kind = activity.kind() == null ? "TASK" : activity.kind().name();
            output.add(tile, new CreatedActivity(contactId, accountId, kind, activity.subject(), at, id));
        } else if (action instanceof CreateLeadTile lead) {
            output.add(tile, new CreatedLead(contactId, accountId, lead.topic(), at, id));
        } else if (action instanceof LaunchWorkflowTile workflow) {
            output.add(tile, new WorkflowRun(contactId, accountId, workflow.workflow(), at, id));
        }
        state.interactions(tile).add(contactId, accountId, InteractionType.ACTIVITY, subtype, at, assetKind,
                InteractionBatch.NONE, assetName, null, null);
        state.counters().count(tile, 0);
    }

    /** The interaction subtype of an activity: "task", "phoneCall", "appointment". */
    private static String subtype(ActivityKind kind) {
        if (kind == null) {
            return "task";
        }
        return switch (kind) {
            case TASK -> "task";
            case PHONE_CALL -> "phoneCall";
            case APPOINTMENT -> "appointment";
        };
    }

    private static String orName(String value, Tile tile) {
        return value == null || value.isBlank() ? tile.displayName() : value;
    }

    private static ActionTarget per(Tile action) {
        if (action instanceof ActivityTile activity) {
            return activity.per();
        }
        if (action instanceof CreateLeadTile lead) {
            return lead.per();
        }
        if (action instanceof LaunchWorkflowTile workflow) {
            return workflow.per();
        }
        throw new IllegalArgumentException("Not an internal action: " + action.type());
    }
}
