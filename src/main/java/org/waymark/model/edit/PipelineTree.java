package org.waymark.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.ContentTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentTile;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerTile;

/**
 * Structural operations on a journey's immutable tile tree: find a tile or a sequence, and build the
 * journey with a sequence changed, a tile inserted, removed, replaced or moved. No rules are checked here;
 * {@link InsertionRules} decides what may go where.
 */
public final class PipelineTree {

    private PipelineTree() {
    }

    /** Every sequence of the journey, in reading order (a sequence before the sequences nested in it). */
    public static List<SequenceRef> sequences(Journey journey) {
        List<SequenceRef> out = new ArrayList<>();
        out.add(SequenceRef.pipeline());
        collect(journey.pipeline(), out);
        return out;
    }

    private static void collect(List<? extends Tile> tiles, List<SequenceRef> out) {
        for (Tile tile : tiles) {
            for (SequenceRef child : children(tile)) {
                out.add(child);
                collect(childTiles(tile, child), out);
            }
        }
    }

    /** The sequences a tile owns: its lanes, segments or content. */
    public static List<SequenceRef> children(Tile tile) {
        if (tile instanceof SegmentGroupTile) {
            return List.of(SequenceRef.segments(tile.id()));
        }
        if (tile instanceof EmailTile) {
            return List.of(SequenceRef.content(tile.id()));
        }
        if (tile instanceof TriggerTile) {
            return List.of(SequenceRef.lane(tile.id(), TriggerTile.TRUE_KEY), SequenceRef.lane(tile.id(), TriggerTile.FALSE_KEY));
        }
        if (tile instanceof SplitterTile splitter) {
            return splitter.branches().stream().map(b -> SequenceRef.lane(tile.id(), b.id())).toList();
        }
        return List.of();
    }

    private static List<? extends Tile> childTiles(Tile owner, SequenceRef ref) {
        if (owner instanceof SegmentGroupTile group) {
            return group.segments();
        }
        if (owner instanceof EmailTile email) {
            return email.content();
        }
        if (owner instanceof TriggerTile trigger) {
            return TriggerTile.TRUE_KEY.equals(ref.key()) ? trigger.whenTrue() : trigger.whenFalse();
        }
        SplitterTile splitter = (SplitterTile) owner;
        return splitter.branches().stream().filter(b -> b.id().equals(ref.key())).findFirst()
                .map(SplitterBranch::tiles).orElseThrow(() -> new EditRefusedException("No branch " + ref.key()));
    }

    /** The tiles of a sequence; fails when the sequence is not in this journey. */
    public static List<? extends Tile> sequence(Journey journey, SequenceRef ref) {
        if (ref.kind() == SequenceRef.Kind.PIPELINE) {
            return journey.pipeline();
        }
        Tile owner = find(journey, ref.ownerId()).orElseThrow(
                () -> new EditRefusedException("The tile that held this place is gone"));
        if (!children(owner).contains(ref)) {
            throw new EditRefusedException("\"" + owner.displayName() + "\" has no such place");
        }
        return childTiles(owner, ref);
    }

    public static Optional<Tile> find(Journey journey, String tileId) {
        return locate(journey, tileId).map(TileLocation::tile);
    }

    public static Optional<TileLocation> locate(Journey journey, String tileId) {
        return locate(journey.pipeline(), SequenceRef.pipeline(), tileId);
    }

    private static Optional<TileLocation> locate(List<? extends Tile> tiles, SequenceRef ref, String tileId) {
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
            if (tile.id().equals(tileId)) {
                return Optional.of(new TileLocation(tile, ref, i));
            }
            for (SequenceRef child : children(tile)) {
                Optional<TileLocation> found = locate(childTiles(tile, child), child, tileId);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code tileId} is {@code ancestorId} or lies somewhere inside it. */
    public static boolean isWithin(Journey journey, String tileId, String ancestorId) {
        return find(journey, ancestorId).map(a -> a.id().equals(tileId)
                || locate(List.of(a), SequenceRef.pipeline(), tileId).isPresent()).orElse(false);
    }

    /** The journey with one sequence replaced by {@code change} applied to it. */
    public static Journey rewrite(Journey journey, SequenceRef ref, UnaryOperator<List<Tile>> change) {
        if (ref.kind() == SequenceRef.Kind.PIPELINE) {
            return journey.withPipeline(change.apply(new ArrayList<>(journey.pipeline())));
        }
        sequence(journey, ref);
        return journey.withPipeline(rewriteIn(journey.pipeline(), ref, change));
    }

    private static List<Tile> rewriteIn(List<? extends Tile> tiles, SequenceRef ref, UnaryOperator<List<Tile>> change) {
        List<Tile> out = new ArrayList<>(tiles.size());
        for (Tile tile : tiles) {
            out.add(tile.id().equals(ref.ownerId()) ? rewriteOwned(tile, ref, change) : rewriteBelow(tile, ref, change));
        }
        return out;
    }

    private static Tile rewriteBelow(Tile tile, SequenceRef ref, UnaryOperator<List<Tile>> change) {
        if (tile instanceof TriggerTile t) {
            return t.withPaths(rewriteIn(t.whenTrue(), ref, change), rewriteIn(t.whenFalse(), ref, change));
        }
        if (tile instanceof SplitterTile s) {
            return s.withBranches(s.branches().stream().map(b -> b.withTiles(rewriteIn(b.tiles(), ref, change))).toList());
        }
        return tile;
    }

    private static Tile rewriteOwned(Tile owner, SequenceRef ref, UnaryOperator<List<Tile>> change) {
        List<Tile> current = new ArrayList<>(childTiles(owner, ref));
        List<Tile> changed = change.apply(current);
        if (owner instanceof SegmentGroupTile group) {
            return group.withSegments(changed.stream().map(t -> (SegmentTile) t).toList());
        }
        if (owner instanceof EmailTile email) {
            return email.withContent(changed.stream().map(t -> (ContentTile) t).toList());
        }
        if (owner instanceof TriggerTile t) {
            return TriggerTile.TRUE_KEY.equals(ref.key()) ? t.withPaths(changed, t.whenFalse()) : t.withPaths(t.whenTrue(), changed);
        }
        SplitterTile s = (SplitterTile) owner;
        return s.withBranches(s.branches().stream().map(b -> b.id().equals(ref.key()) ? b.withTiles(changed) : b).toList());
    }

    public static Journey insert(Journey journey, InsertionPoint at, Tile tile) {
        return rewrite(journey, at.sequence(), tiles -> {
            tiles.add(at.index(), tile);
            return tiles;
        });
    }

    public static Journey remove(Journey journey, String tileId) {
        TileLocation where = locate(journey, tileId).orElseThrow(() -> new EditRefusedException("The tile is gone"));
        return rewrite(journey, where.sequence(), tiles -> {
            tiles.remove(where.index());
            return tiles;
        });
    }

    /** The journey with the tile of the same id replaced by {@code tile}. */
    public static Journey replace(Journey journey, Tile tile) {
        TileLocation where = locate(journey, tile.id()).orElseThrow(() -> new EditRefusedException("The tile is gone"));
        return rewrite(journey, where.sequence(), tiles -> {
            tiles.set(where.index(), tile);
            return tiles;
        });
    }

    /**
     * The journey with a tile moved to {@code target}, whose index counts positions before the move; moving
     * a tile into its own lanes is refused.
     */
    public static Journey move(Journey journey, String tileId, InsertionPoint target) {
        TileLocation from = locate(journey, tileId).orElseThrow(() -> new EditRefusedException("The tile is gone"));
        if (target.sequence().ownerId() != null && isWithin(journey, target.sequence().ownerId(), tileId)) {
            throw new EditRefusedException("A tile cannot move onto its own paths");
        }
        int index = target.index();
        if (from.sequence().equals(target.sequence()) && from.index() < index) {
            index--;
        }
        return insert(remove(journey, tileId), new InsertionPoint(target.sequence(), index), from.tile());
    }
}
