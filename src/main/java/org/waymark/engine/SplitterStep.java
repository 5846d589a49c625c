package org.waymark.engine;

import java.util.List;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;

/**
 * A splitter: each contact goes down one branch at once. By percentage, a seeded uniform draw per contact
 * falls into the branches' shares (so each branch gets its share in expectation; the last takes the rest); by
 * value, the first branch whose rule the contact matches, else the last.
 */
final class SplitterStep extends Step {

    /** The purpose of the splitter's draw, apart from the behaviour model's purposes. */
    static final int SPLIT_PURPOSE = 0x5_0717;

    private final boolean byValue;
    private final double[] upperBounds;
    private final ValueRuleMatcher[] rules;
    private final Sequence[] lanes;

    SplitterStep(int tile, SplitterTile splitter, List<Sequence> lanes, TileKeys keys) {
        super(tile);
        List<SplitterBranch> branches = splitter.branches();
        this.byValue = splitter.mode() == SplitMode.VALUE;
        this.lanes = lanes.toArray(Sequence[]::new);
        this.upperBounds = new double[branches.size()];
        this.rules = new ValueRuleMatcher[branches.size()];
        double sum = 0;
        for (int b = 0; b < branches.size(); b++) {
            SplitterBranch branch = branches.get(b);
            boolean last = b == branches.size() - 1;
            sum += last ? 1 : Math.max(0, branch.percent() == null ? 0 : branch.percent()) / 100.0;
            upperBounds[b] = last ? Double.POSITIVE_INFINITY : sum;
            rules[b] = new ValueRuleMatcher(last ? null : branch.rule());
        }
        keys.declareBranches(tile, TileKeys.unique(branches.stream()
                .map(b -> b.name() == null || b.name().isBlank() ? b.id() : b.name()).toList()));
        keys.declareMessages(tile);
    }

    @Override
    Cohort run(ChunkState state, Cohort arriving) {
        state.enter(tile, arriving);
        Cohort[] out = new Cohort[Math.max(1, lanes.length)];
        for (int b = 0; b < out.length; b++) {
            out[b] = new Cohort(Math.max(4, arriving.size() / lanes.length));
        }
        for (int k = 0; k < arriving.size(); k++) {
            int position = arriving.position(k);
            int branch = branch(state, position);
            if (state.leave(tile, position, arriving.time(k), out[branch]) && lanes.length > 0) {
                state.counters().branch(tile, branch);
            }
        }
        for (int b = 0; b < lanes.length; b++) {
            lanes[b].run(state, out[b]);
        }
        return null;
    }

    private int branch(ChunkState state, int position) {
        int index = state.populationIndex(position);
        int last = lanes.length - 1;
        if (last <= 0) {
            return 0;
        }
        if (byValue) {
            for (int b = 0; b < last; b++) {
                if (rules[b].matches(state.population(), index)) {
                    return b;
                }
            }
            return last;
        }
        double u = state.random().uniform(state.population().contactId(index), tile, SPLIT_PURPOSE);
        for (int b = 0; b < last; b++) {
            if (u < upperBounds[b]) {
                return b;
            }
        }
        return last;
    }
}
