package org.waymark.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.edit.TileLocation;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.BranchingTile;
import org.waymark.model.tile.TileType;

/**
 * Where a tile goes when it is not dropped by the mouse (a double click or Enter in the toolbox, a paste): the
 * first place {@link InsertionRules} allows after the selected tile. Right after it comes first, then inside it
 * (the end of its segments or content, the head of its first path), then after its container, then the next
 * allowed place in reading order. Without a selection: the last allowed place of the top pipeline.
 */
public final class TilePlacement {

    private final InsertionRules rules;

    public TilePlacement(InsertionRules rules) {
        this.rules = rules;
    }

    public Optional<InsertionPoint> after(Journey journey, List<String> selection, TileType type) {
        List<InsertionPoint> valid = rules.points(journey, type);
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        Optional<TileLocation> selected = selection.isEmpty() ? Optional.empty()
                : PipelineTree.locate(journey, selection.get(selection.size() - 1));
        if (selected.isEmpty()) {
            List<InsertionPoint> top = valid.stream().filter(p -> p.sequence().equals(SequenceRef.pipeline())).toList();
            return Optional.of(top.isEmpty() ? valid.get(0) : top.get(top.size() - 1));
        }
        for (InsertionPoint candidate : candidates(journey, selected.get())) {
            if (valid.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        List<InsertionPoint> all = rules.allPoints(journey);
        int from = Math.max(0, all.indexOf(afterTile(selected.get())));
        for (int i = 0; i < all.size(); i++) {
            InsertionPoint point = all.get((from + i) % all.size());
            if (valid.contains(point)) {
                return Optional.of(point);
            }
        }
        return Optional.of(valid.get(0));
    }

    /** Why a tile of {@code type} cannot be placed after the selection: the refusal of the place right after it. */
    public String refusal(Journey journey, List<String> selection, TileType type) {
        Optional<TileLocation> selected = selection.isEmpty() ? Optional.empty()
                : PipelineTree.locate(journey, selection.get(selection.size() - 1));
        InsertionPoint place = selected.map(TilePlacement::afterTile)
                .orElse(new InsertionPoint(SequenceRef.pipeline(), journey.pipeline().size()));
        return rules.refusal(journey, type, place).orElse("There is no place for " + type.label().toLowerCase(
                java.util.Locale.ROOT) + " in this journey");
    }

    private static List<InsertionPoint> candidates(Journey journey, TileLocation selected) {
        List<InsertionPoint> out = new ArrayList<>();
        out.add(afterTile(selected));
        for (SequenceRef child : PipelineTree.children(selected.tile())) {
            int size = PipelineTree.sequence(journey, child).size();
            out.add(new InsertionPoint(child, selected.tile() instanceof BranchingTile ? 0 : size));
        }
        if (selected.sequence().isNested()) {
            PipelineTree.locate(journey, selected.sequence().ownerId()).ifPresent(owner -> out.add(afterTile(owner)));
        }
        return out;
    }

    private static InsertionPoint afterTile(TileLocation location) {
        return new InsertionPoint(location.sequence(), location.index() + 1);
    }
}
