package org.waymark.ui.canvas;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.ReadyTile;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.BranchingTile;
import org.waymark.model.tile.Lane;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;
import org.waymark.ui.edit.TilePlacement;

/**
 * The keyboard's "choose a place" mode for a new tile: the places {@link InsertionRules} allows for its type, in
 * reading order (numbered from 1), which one is highlighted (at first the place the toolbox would use, after the
 * selection), moving to the next or previous place, jumping by typed digits (1 then 2 within a second is 12), and
 * the words that describe a place to the user and to screen readers. No JavaFX.
 */
public final class PlaceChooser {

    /** Digits typed within this many milliseconds of one another make one number. */
    static final long DIGIT_WINDOW_MILLIS = 1000;

    private final Journey journey;
    private final ReadyTile tile;
    private final TileType type;
    private final List<InsertionPoint> points;
    private int current;
    private int typedNumber;
    private long typedAt = Long.MIN_VALUE;

    public PlaceChooser(Journey journey, TileType type, InsertionRules rules, List<String> selection) {
        this(journey, ReadyTile.of(type), rules, selection);
    }

    /** The places for {@code tile}, a type perhaps with its record (from the Add tile list). */
    public PlaceChooser(Journey journey, ReadyTile tile, InsertionRules rules, List<String> selection) {
        this.journey = journey;
        this.tile = tile;
        this.type = tile.type();
        this.points = rules.points(journey, type);
        Optional<InsertionPoint> start = new TilePlacement(rules).after(journey, selection, type);
        this.current = Math.max(0, start.map(points::indexOf).orElse(0));
    }

    public TileType type() {
        return type;
    }

    /** The tile to insert: its type, and the record it uses when it came with one. */
    public ReadyTile tile() {
        return tile;
    }

    /** The allowed places in reading order; place {@code n} in the words is {@code points().get(n - 1)}. */
    public List<InsertionPoint> points() {
        return points;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The index in {@link #points()} of the highlighted place. */
    public int currentIndex() {
        return current;
    }

    public Optional<InsertionPoint> current() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(current));
    }

    public void next() {
        if (current < points.size() - 1) {
            current++;
        }
    }

    public void previous() {
        if (current > 0) {
            current--;
        }
    }

    /**
     * A digit typed at {@code nowMillis}: jumps to the place with that number, or, right after another digit, to the
     * place numbered by both ("1", "2" is 12) when there is one. Returns false when no place has the number.
     */
    public boolean digit(int digit, long nowMillis) {
        boolean continues = typedAt != Long.MIN_VALUE && nowMillis - typedAt <= DIGIT_WINDOW_MILLIS;
        typedAt = nowMillis;
        if (continues && typedNumber * 10 + digit <= points.size()) {
            typedNumber = typedNumber * 10 + digit;
        } else {
            typedNumber = digit;
        }
        if (typedNumber < 1 || typedNumber > points.size()) {
            return false;
        }
        current = typedNumber - 1;
        return true;
    }

    /** What to do, and where the highlighted place is; the banner's text. */
    public String instructions() {
        String label = type.label();
        String what = (label.equals(label.toUpperCase(Locale.ROOT)) ? label : label.toLowerCase(Locale.ROOT))
                + (tile.hasAsset() ? " '" + tile.asset() + "'" : "");
        if (points.isEmpty()) {
            return "There is no place for " + article(what) + " in this journey. Press Esc.";
        }
        return "Choose where to put the " + what + ": arrows to move, Enter to insert, Esc to cancel — place "
                + (current + 1) + " of " + points.size() + ". " + describe(points.get(current));
    }

    /** A place in words: "Between 'Offer the white paper' and 'Clicked the download link?'". */
    public String describe(InsertionPoint point) {
        List<? extends Tile> tiles = PipelineTree.sequence(journey, point.sequence());
        int i = point.index();
        String where = where(point.sequence());
        if (tiles.isEmpty()) {
            return point.sequence().kind() == SequenceRef.Kind.PIPELINE ? "At the start of the journey"
                    : "At the start of " + where;
        }
        String suffix = point.sequence().kind() == SequenceRef.Kind.PIPELINE ? "" : " in " + where;
        if (i == 0) {
            return "Before " + quoted(tiles.get(0)) + suffix;
        }
        if (i >= tiles.size()) {
            return "After " + quoted(tiles.get(tiles.size() - 1)) + suffix;
        }
        return "Between " + quoted(tiles.get(i - 1)) + " and " + quoted(tiles.get(i)) + suffix;
    }

    private String where(SequenceRef ref) {
        if (ref.kind() == SequenceRef.Kind.PIPELINE) {
            return "the journey";
        }
        Optional<Tile> owner = PipelineTree.find(journey, ref.ownerId());
        String ownerName = owner.map(PlaceChooser::quoted).orElse("a tile");
        if (ref.kind() == SequenceRef.Kind.LANE && owner.orElse(null) instanceof BranchingTile branching) {
            String label = branching.lanes().stream().filter(l -> l.key().equals(ref.key())).map(Lane::label)
                    .findFirst().orElse(ref.key());
            return "the '" + label + "' path of " + ownerName;
        }
        return ownerName;
    }

    private static String quoted(Tile tile) {
        return "'" + tile.displayName() + "'";
    }

    private static String article(String label) {
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
