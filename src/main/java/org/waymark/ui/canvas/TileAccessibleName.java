package org.waymark.ui.canvas;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyProblem.Severity;
import org.waymark.model.tile.BranchingTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.Lane;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerTile;

/**
 * What a screen reader says about a tile of one journey: what it is, where it is and what follows it, and the
 * keys that work on it. Made once per layout in one walk over the pipeline (O(n)); each name is then built from
 * what that walk kept about the tile and its neighbours. Plain Java, no JavaFX.
 *
 * <p>The name, part by part:
 * <ul>
 * <li><b>what</b>: the type's label, then the tile's own name in quotes when it has one: {@code Trigger 'Clicked
 * white paper?'}, {@code Create lead};</li>
 * <li><b>where</b>, for a <em>flow tile</em> (a tile of the main pipeline or of a trigger's or splitter's path):
 * {@code step N of M}, its position in reading order among the journey's flow tiles (a tile, then the paths of a
 * trigger or splitter from the first to the last, as {@code PipelineWalker} goes; the tiles nested in a segment
 * group or email are not counted). A container with nested tiles adds {@code with 2 nested tiles}. For a
 * <em>nested tile</em> (a segment, a page, form or event): {@code 1 of 2 in Segment group 'Audience'};</li>
 * <li>its problems, when "check for errors" found some: {@code has 1 error}, {@code has 1 error and 2
 * warnings};</li>
 * <li>after a semicolon, for a flow tile, <b>what follows</b>: for a trigger {@code true path: <first tile of the
 * path, or "empty">; false path: …}; for a splitter each branch by its label, {@code branch 'A (50 %)': …};
 * otherwise {@code next: <the next tile on its path>}, or when it is the last of its path {@code last on the true
 * path of Trigger 'X'} ({@code last on the branch 'A (50 %)' of Splitter 'Y'}), or on the main pipeline {@code end
 * of the journey}.</li>
 * </ul>
 * E.g. {@code Trigger 'Clicked white paper?', step 3 of 6; true path: Create lead; false path: Email 'White paper
 * reminder'} and {@code Marketing page 'Download page', 1 of 1 in Email 'White paper offer'}.
 */
public final class TileAccessibleName {

    /** Nothing to describe: for an empty canvas. */
    public static final TileAccessibleName NONE = new TileAccessibleName(List.of(), TileProblems.NONE);

    /** What the walk kept about one tile. Flow tiles: step, sequence, index, lane owner and lane (null on top). */
    private record Place(String path, List<? extends Tile> sequence, int index, int step, Tile owner, Lane lane,
                         boolean nested) {
    }

    private final Map<Tile, Place> places = new IdentityHashMap<>();
    private final TileProblems problems;
    private int flowCount;

    /** Describes the tiles of {@code pipeline}; tiles are told apart by identity, as ids may repeat in a bad file. */
    public TileAccessibleName(List<Tile> pipeline, TileProblems problems) {
        this.problems = problems;
        walk(pipeline, "$.pipeline", null, null);
    }

    private void walk(List<? extends Tile> sequence, String path, Tile owner, Lane lane) {
        for (int i = 0; i < sequence.size(); i++) {
            Tile tile = sequence.get(i);
            String here = path + "[" + i + "]";
            places.put(tile, new Place(here, sequence, i, ++flowCount, owner, lane, false));
            List<? extends Tile> nested = nested(tile);
            String nestedPath = here + (tile instanceof SegmentGroupTile ? ".segments" : ".content");
            for (int n = 0; n < nested.size(); n++) {
                places.put(nested.get(n), new Place(nestedPath + "[" + n + "]", nested, n, 0, tile, null, true));
            }
            if (tile instanceof BranchingTile branching) {
                List<Lane> lanes = branching.lanes();
                for (int l = 0; l < lanes.size(); l++) {
                    Lane each = lanes.get(l);
                    String lanePath = tile instanceof TriggerTile ? here + ".branches." + each.key()
                            : here + ".branches[" + l + "].tiles";
                    walk(each.tiles(), lanePath, tile, each);
                }
            }
        }
    }

    /** The number of flow tiles: the M of "step N of M". */
    public int flowTileCount() {
        return flowCount;
    }

    /** The accessible name of a tile of this journey; a tile it does not know is named by what it is. */
    public String of(Tile tile) {
        Place place = places.get(tile);
        if (place == null) {
            return what(tile);
        }
        StringBuilder text = new StringBuilder(what(tile));
        if (place.nested()) {
            text.append(", ").append(place.index() + 1).append(" of ").append(place.sequence().size())
                    .append(" in ").append(what(place.owner()));
            appendProblems(text, place);
            return text.toString();
        }
        text.append(", step ").append(place.step()).append(" of ").append(flowCount);
        int inside = nested(tile).size();
        if (inside > 0) {
            text.append(", with ").append(inside).append(inside == 1 ? " nested tile" : " nested tiles");
        }
        appendProblems(text, place);
        return text.append("; ").append(follows(tile, place)).toString();
    }

    /**
     * The keys that work on the tile, briefly, for its accessible help: Enter into a container's nested tiles (on
     * any other tile, to its settings), Esc out of a container, Alt+arrows to move it, F2 to rename it, Shift+F10
     * for the menu.
     */
    public String keys(Tile tile) {
        Place place = places.get(tile);
        StringBuilder text = new StringBuilder("Keys: ");
        text.append(nested(tile).isEmpty() ? "Enter edits its settings, " : "Enter opens the nested tiles, ");
        if (place != null && place.nested()) {
            text.append("Esc goes back to the ").append(place.owner().type().label()).append(", ");
        }
        return text.append("Alt+arrows move it, F2 renames it, Shift+F10 opens the menu").toString();
    }

    /** "Trigger 'Clicked white paper?'", or the type's label alone when the tile has no name. */
    static String what(Tile tile) {
        String name = tile.name();
        return name == null || name.isBlank() ? tile.type().label() : tile.type().label() + " '" + name + "'";
    }

    private String follows(Tile tile, Place place) {
        if (tile instanceof BranchingTile branching) {
            StringJoiner lanes = new StringJoiner("; ");
            for (Lane lane : branching.lanes()) {
                lanes.add(laneName(tile, lane) + ": " + (lane.tiles().isEmpty() ? "empty" : what(lane.tiles().get(0))));
            }
            return lanes.toString();
        }
        if (place.index() + 1 < place.sequence().size()) {
            return "next: " + what(place.sequence().get(place.index() + 1));
        }
        if (place.owner() != null) {
            return "last on the " + laneName(place.owner(), place.lane()) + " of " + what(place.owner());
        }
        return "end of the journey";
    }

    /** "true path" of a trigger, "branch 'A (50 %)'" of a splitter. */
    private static String laneName(Tile owner, Lane lane) {
        return owner instanceof TriggerTile ? lane.label().toLowerCase(java.util.Locale.ROOT) + " path"
                : "branch '" + lane.label() + "'";
    }

    private void appendProblems(StringBuilder text, Place place) {
        List<JourneyProblem> found = problems.of(place.path());
        if (found.isEmpty()) {
            return;
        }
        long errors = found.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = found.size() - errors;
        text.append(", has ");
        if (errors > 0) {
            text.append(count(errors, "error")).append(warnings > 0 ? " and " : "");
        }
        if (warnings > 0) {
            text.append(count(warnings, "warning"));
        }
    }

    private static String count(long amount, String what) {
        return amount + " " + what + (amount == 1 ? "" : "s");
    }

    private static List<? extends Tile> nested(Tile tile) {
        if (tile instanceof SegmentGroupTile group) {
            return group.segments();
        }
        if (tile instanceof EmailTile email) {
            return email.content();
        }
        return List.of();
    }
}
