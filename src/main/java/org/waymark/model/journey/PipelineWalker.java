package org.waymark.model.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerTile;

/**
 * Visits every tile of a pipeline in reading order (a tile, then its nested tiles, then its lanes from the
 * first to the last), with its place. Paths match the journey file: {@code $.pipeline[2].branches.true[0]}.
 */
public final class PipelineWalker {

    private PipelineWalker() {
    }

    public static List<TilePlace> places(List<Tile> pipeline) {
        List<TilePlace> out = new ArrayList<>();
        walk(pipeline, "$.pipeline", null, 0, out);
        return out;
    }

    public static Optional<TilePlace> find(List<Tile> pipeline, String tileId) {
        return places(pipeline).stream().filter(p -> p.tile().id().equals(tileId)).findFirst();
    }

    public static int count(List<Tile> pipeline) {
        return places(pipeline).size();
    }

    private static void walk(List<? extends Tile> sequence, String path, Tile owner, int depth, List<TilePlace> out) {
        for (int i = 0; i < sequence.size(); i++) {
            Tile tile = sequence.get(i);
            String here = path + "[" + i + "]";
            out.add(new TilePlace(tile, here, sequence, i, owner, depth));
            if (tile instanceof SegmentGroupTile group) {
                walk(group.segments(), here + ".segments", tile, depth + 1, out);
            } else if (tile instanceof EmailTile email) {
                walk(email.content(), here + ".content", tile, depth + 1, out);
            } else if (tile instanceof TriggerTile trigger) {
                walk(trigger.whenTrue(), here + ".branches.true", tile, depth + 1, out);
                walk(trigger.whenFalse(), here + ".branches.false", tile, depth + 1, out);
            } else if (tile instanceof SplitterTile splitter) {
                List<SplitterBranch> branches = splitter.branches();
                for (int b = 0; b < branches.size(); b++) {
                    walk(branches.get(b).tiles(), here + ".branches[" + b + "].tiles", tile, depth + 1, out);
                }
            }
        }
    }
}
