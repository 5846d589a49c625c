package org.waymark.engine;

import java.util.List;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.tile.TriggerCondition;

/**
 * A trigger: holds each contact until its rules hold — events of earlier tiles, all of them (And) or any
 * (Or), already before the contact arrived or while it waits — then sends it down the true path; when the
 * timeout comes first, down the false path. A trigger without rules only times out; one without a timeout holds
 * the others until the end. In an account-based journey the contacts of one account go together: the first of
 * them to be decided (its rules hold, or else its timeout passes) decides the path of the whole account at that
 * moment, for those already waiting and for those arriving later.
 */
final class TriggerStep extends Step {

    static final int TRUE = 0;
    static final int FALSE = 1;

    private final int[] sources;
    private final TriggerCondition[] conditions;
    private final String[] links;
    private final boolean all;
    private final Deadline timeout;
    private final boolean byAccount;
    private final Sequence whenTrue;
    private final Sequence whenFalse;

    /** {@code sources} are the tile indices the rules watch (-1: a tile that is not in the journey). */
    TriggerStep(int tile, int[] sources, TriggerCondition[] conditions, String[] links, boolean all,
                Deadline timeout, boolean byAccount, Sequence whenTrue, Sequence whenFalse, TileKeys keys) {
        super(tile);
        this.sources = sources.clone();
        this.conditions = conditions.clone();
        this.links = links.clone();
        this.all = all;
        this.timeout = timeout;
        this.byAccount = byAccount;
        this.whenTrue = whenTrue;
        this.whenFalse = whenFalse;
        keys.declareBranches(tile, List.of("true", "false"));
        keys.declareMessages(tile);
    }

    @Override
    Cohort run(ChunkState state, Cohort arriving) {
        state.enter(tile, arriving);
        int n = arriving.size();
        long[] decidedAt = new long[n];
        boolean[] holds = new boolean[n];
        for (int k = 0; k < n; k++) {
            long arrived = arriving.time(k);
            long rulesHold = Math.max(arrived, rulesHoldAt(state, arriving.position(k)));
            long deadline = timeout.after(arrived);
            holds[k] = rulesHold < deadline && rulesHold != EventLog.NEVER;
            decidedAt[k] = holds[k] ? rulesHold : deadline;
        }
        if (byAccount) {
            decideByAccount(state, arriving, decidedAt, holds);
        }
        Cohort trueCohort = new Cohort(n);
        Cohort falseCohort = new Cohort(n);
        for (int k = 0; k < n; k++) {
            boolean wentOn = state.leave(tile, arriving.position(k), decidedAt[k], holds[k] ? trueCohort : falseCohort);
            if (wentOn) {
                state.counters().branch(tile, holds[k] ? TRUE : FALSE);
            }
        }
        whenTrue.run(state, trueCohort);
        whenFalse.run(state, falseCohort);
        return null;
    }

    private long rulesHoldAt(ChunkState state, int position) {
        if (sources.length == 0) {
            return EventLog.NEVER;
        }
        long at = all ? Long.MIN_VALUE : EventLog.NEVER;
        for (int r = 0; r < sources.length; r++) {
            EventLog log = sources[r] < 0 ? null : state.log(sources[r]);
            long happened = log == null ? EventLog.NEVER : log.time(conditions[r], links[r], position);
            at = all ? Math.max(at, happened) : Math.min(at, happened);
        }
        return at;
    }

    /** Contacts of one account sit next to each other in a chunk, so an account is a run of the cohort. */
    private void decideByAccount(ChunkState state, Cohort arriving, long[] decidedAt, boolean[] holds) {
        Population population = state.population();
        int k = 0;
        while (k < arriving.size()) {
            long account = population.accountId(state.populationIndex(arriving.position(k)));
            int end = k + 1;
            while (end < arriving.size()
                    && population.accountId(state.populationIndex(arriving.position(end))) == account) {
                end++;
            }
            if (account != InteractionBatch.NONE && end - k > 1) {
                int first = firstDecided(state, arriving, decidedAt, holds, k, end);
                if (first >= 0) {
                    for (int m = k; m < end; m++) {
                        decidedAt[m] = Math.max(arriving.time(m), decidedAt[first]);
                        holds[m] = holds[first];
                    }
                }
            }
            k = end;
        }
    }

    /** The member decided first (a true decision wins a tie), among those still on the journey then; or -1. */
    private static int firstDecided(ChunkState state, Cohort arriving, long[] decidedAt, boolean[] holds, int from,
                                    int to) {
        int first = -1;
        for (int m = from; m < to; m++) {
            if (decidedAt[m] == EventLog.NEVER || state.removeAt(arriving.position(m)) <= decidedAt[m]) {
                continue;
            }
            if (first < 0 || decidedAt[m] < decidedAt[first]
                    || (decidedAt[m] == decidedAt[first] && holds[m] && !holds[first])) {
                first = m;
            }
        }
        return first;
    }
}
