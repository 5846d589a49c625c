package org.waymark.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.BranchingTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;

/**
 * The one place that says what may go where in a journey. Drag-over, drop, paste and the keyboard's
 * insertion flow all ask it; each refusal comes with a sentence for the user.
 */
public final class InsertionRules {

    /** Why a new tile of {@code type} may not go at {@code at}, or empty when it may. */
    public Optional<String> refusal(Journey journey, TileType type, InsertionPoint at) {
        List<? extends Tile> sequence;
        try {
            sequence = PipelineTree.sequence(journey, at.sequence());
        } catch (EditRefusedException e) {
            return Optional.of(e.getMessage());
        }
        if (at.index() < 0 || at.index() > sequence.size()) {
            return Optional.of("That place is no longer in the journey");
        }
        SequenceRef.Kind kind = at.sequence().kind();
        if (kind == SequenceRef.Kind.SEGMENTS) {
            return type == TileType.SEGMENT ? Optional.empty()
                    : Optional.of("Only segment tiles can go inside a segment group");
        }
        if (type == TileType.SEGMENT) {
            return Optional.of("A segment can only go inside a segment group");
        }
        if (kind == SequenceRef.Kind.CONTENT) {
            return type.isContent() ? Optional.empty()
                    : Optional.of("Only pages, forms and events can go inside an email");
        }
        if (type.isContent()) {
            return Optional.of("Pages, forms and events can only go inside an email");
        }
        return pathRefusal(type, at, sequence);
    }

    private Optional<String> pathRefusal(TileType type, InsertionPoint at, List<? extends Tile> sequence) {
        boolean first = at.sequence().kind() == SequenceRef.Kind.PIPELINE && at.index() == 0;
        if (type.isStart()) {
            if (!first) {
                return Optional.of(type.label() + " starts a journey: it can only be the first tile");
            }
            if (!sequence.isEmpty() && sequence.get(0).type().isStart()) {
                return Optional.of("The journey already starts with '" + sequence.get(0).displayName()
                        + "'; a journey has one start");
            }
            return Optional.empty();
        }
        if (first) {
            return Optional.of("The first tile must be a segment group or an inbound start (form submitted, "
                    + "record updated), not " + article(type));
        }
        if (at.index() > 0 && sequence.get(at.index() - 1) instanceof BranchingTile) {
            Tile branching = sequence.get(at.index() - 1);
            return Optional.of("Nothing can follow the " + branching.type().label().toLowerCase(Locale.ROOT) + " '"
                    + branching.displayName() + "': put the tile on one of its paths");
        }
        return Optional.empty();
    }

    /** Why the existing tile may not move to {@code at} (an index counted before the move), or empty. */
    public Optional<String> refusalToMove(Journey journey, String tileId, InsertionPoint at) {
        Optional<TileLocation> from = PipelineTree.locate(journey, tileId);
        if (from.isEmpty()) {
            return Optional.of("The tile is no longer in the journey");
        }
        if (at.sequence().ownerId() != null && PipelineTree.isWithin(journey, at.sequence().ownerId(), tileId)) {
            return Optional.of("A tile cannot move onto its own paths or into itself");
        }
        Journey without = PipelineTree.remove(journey, tileId);
        Tile tile = from.get().tile();
        int index = at.index();
        if (from.get().sequence().equals(at.sequence()) && from.get().index() < index) {
            index--;
        }
        InsertionPoint adjusted = new InsertionPoint(at.sequence(), index);
        boolean startLeavesFront = tile.type().isStart() && !without.pipeline().isEmpty()
                && !(adjusted.sequence().kind() == SequenceRef.Kind.PIPELINE && adjusted.index() == 0);
        if (startLeavesFront) {
            return Optional.of("'" + tile.displayName() + "' starts the journey and must stay first");
        }
        if (tile instanceof BranchingTile && adjusted.index() < PipelineTree.sequence(without, adjusted.sequence()).size()) {
            return Optional.of("A " + tile.type().label().toLowerCase(Locale.ROOT)
                    + " can only move to the end of a path: nothing may follow it");
        }
        return refusal(without, tile.type(), adjusted);
    }

    /** Every place in the journey, in reading order, whether or not a given tile may go there. */
    public List<InsertionPoint> allPoints(Journey journey) {
        List<InsertionPoint> out = new ArrayList<>();
        for (SequenceRef ref : PipelineTree.sequences(journey)) {
            int size = PipelineTree.sequence(journey, ref).size();
            for (int i = 0; i <= size; i++) {
                out.add(new InsertionPoint(ref, i));
            }
        }
        return out;
    }

    /** The places a new tile of {@code type} may go, in reading order. */
    public List<InsertionPoint> points(Journey journey, TileType type) {
        return allPoints(journey).stream().filter(p -> refusal(journey, type, p).isEmpty()).toList();
    }

    /** The places the existing tile may move to, in reading order (its own place excluded). */
    public List<InsertionPoint> movePoints(Journey journey, String tileId) {
        Optional<TileLocation> from = PipelineTree.locate(journey, tileId);
        return allPoints(journey).stream()
                .filter(p -> from.isEmpty() || !(p.sequence().equals(from.get().sequence())
                        && (p.index() == from.get().index() || p.index() == from.get().index() + 1)))
                .filter(p -> refusalToMove(journey, tileId, p).isEmpty()).toList();
    }

    private static String article(TileType type) {
        String label = type.label().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
