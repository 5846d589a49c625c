package org.waymark.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.BranchingTile;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerTile;

/**
 * Inserts new tiles (from the toolbox, a paste or a duplicate) at one place, in order. A trigger or splitter
 * inserted before other tiles takes them onto its first path, since nothing may follow it.
 */
public final class InsertTiles extends JourneyEdit {

    private final InsertionRules rules;
    private final List<Tile> tiles;
    private final InsertionPoint at;

    public InsertTiles(JourneyDocument document, InsertionRules rules, List<Tile> tiles, InsertionPoint at,
                       String verb) {
        super(document, describe(verb, tiles));
        this.rules = rules;
        this.tiles = List.copyOf(tiles);
        this.at = at;
    }

    /** Inserting one new tile: "Insert email". */
    public static InsertTiles one(JourneyDocument document, InsertionRules rules, Tile tile, InsertionPoint at) {
        return new InsertTiles(document, rules, List.of(tile), at, "Insert");
    }

    private static String describe(String verb, List<Tile> tiles) {
        return tiles.size() == 1 ? verb + " " + tiles.get(0).type().label().toLowerCase(Locale.ROOT)
                : verb + " " + tiles.size() + " tiles";
    }

    @Override
    protected Journey apply(Journey journey) {
        Journey result = journey;
        for (int i = 0; i < tiles.size(); i++) {
            InsertionPoint point = new InsertionPoint(at.sequence(), at.index() + i);
            Tile tile = tiles.get(i);
            rules.refusal(result, tile.type(), point).ifPresent(reason -> {
                throw new EditRefusedException(reason);
            });
            result = insertOne(result, tile, point);
        }
        return result;
    }

    private static Journey insertOne(Journey journey, Tile tile, InsertionPoint point) {
        if (!(tile instanceof BranchingTile)) {
            return PipelineTree.insert(journey, point, tile);
        }
        List<Tile> following = new ArrayList<>();
        Journey trimmed = PipelineTree.rewrite(journey, point.sequence(), seq -> {
            List<Tile> kept = new ArrayList<>(seq.subList(0, point.index()));
            following.addAll(seq.subList(point.index(), seq.size()));
            return kept;
        });
        return PipelineTree.insert(trimmed, point, withFirstPath(tile, following));
    }

    private static Tile withFirstPath(Tile tile, List<Tile> following) {
        if (following.isEmpty()) {
            return tile;
        }
        if (tile instanceof TriggerTile t) {
            List<Tile> path = new ArrayList<>(t.whenTrue());
            path.addAll(following);
            return t.withPaths(path, t.whenFalse());
        }
        SplitterTile s = (SplitterTile) tile;
        List<Tile> path = new ArrayList<>(s.branches().get(0).tiles());
        path.addAll(following);
        List<org.waymark.model.tile.SplitterBranch> branches = new ArrayList<>(s.branches());
        branches.set(0, branches.get(0).withTiles(path));
        return s.withBranches(branches);
    }
}
