package org.waymark.model.tile;

import java.util.List;

/** Divides contacts between two or more branches; the last branch takes whoever the others do not. */
public record SplitterTile(String id, String name, SplitMode mode, List<SplitterBranch> branches)
        implements Tile, BranchingTile {

    public SplitterTile {
        branches = List.copyOf(branches);
    }

    @Override
    public TileType type() {
        return TileType.SPLITTER;
    }

    /** The share of the last branch: 100 minus the other branches' percentages. */
    public int remainderPercent() {
        int sum = 0;
        for (int i = 0; i < branches.size() - 1; i++) {
            Integer p = branches.get(i).percent();
            sum += p == null ? 0 : p;
        }
        return 100 - sum;
    }

    @Override
    public List<Lane> lanes() {
        return branches.stream().map(b -> new Lane(b.id(), laneLabel(b), b.tiles())).toList();
    }

    private String laneLabel(SplitterBranch branch) {
        boolean last = branch == branches.get(branches.size() - 1);
        if (mode == SplitMode.PERCENTAGE) {
            int share = last ? remainderPercent() : (branch.percent() == null ? 0 : branch.percent());
            return branch.name() + " (" + share + " %)";
        }
        return last ? branch.name() + " (everyone else)" : branch.name();
    }

    public SplitterTile withBranches(List<SplitterBranch> newBranches) {
        return new SplitterTile(id, name, mode, newBranches);
    }
}
