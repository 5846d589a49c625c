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
 * Where a tile goes when it is not dropped by the mouse (a double click or Enter in the toolbox, Shift+Enter in
 * the Add tile list, a paste), and where the keyboard's numbered places start: the first place
 * {@link InsertionRules} allows after the selected tile. Right after it comes first, then inside it
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
        Optional<InsertionPoint> next = nextTo(journey, selection, valid);
        Optional<TileLocation> selected = selected(journey, selection);
        if (next.isPresent() || selected.isEmpty()) {
            return Optional.of(next.orElse(valid.get(0)));
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

    /**
     * The place right at the selected tile for a tile of {@code type} (after it, inside it, or after its
     * container), without looking further along the journey; without a selection, the last allowed place of the
     * top pipeline. Empty when the tile would have to go elsewhere.
     */
    public Optional<InsertionPoint> nextTo(Journey journey, List<String> selection, TileType type) {
        return nextTo(journey, selection, rules.points(journey, type));
    }

    private static Optional<InsertionPoint> nextTo(Journey journey, List<String> selection, List<InsertionPoint> valid) {
        Optional<TileLocation> selected = selected(journey, selection);
        if (selected.isEmpty()) {
            List<InsertionPoint> top = valid.stream().filter(p -> p.sequence().equals(SequenceRef.pipeline())).toList();
            return top.isEmpty() ? Optional.empty() : Optional.of(top.get(top.size() - 1));
        }
        return candidates(journey, selected.get()).stream().filter(valid::contains).findFirst();
    }

    private static Optional<TileLocation> selected(Journey journey, List<String> selection) {
        return selection.isEmpty() ? Optional.empty()
                : PipelineTree.locate(journey, selection.get(selection.size() - 1));
    }

    /** Why a tile of {@code type} cannot be placed after the selection: the refusal of the place right after it. */
    public String refusal(Journey journey, List<String> selection, TileType type) {
        Optional<TileLocation> selected = selected(journey, selection);
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
