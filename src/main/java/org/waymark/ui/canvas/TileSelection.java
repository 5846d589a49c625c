package org.waymark.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.TileLocation;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;

/**
 * The selected tiles of the canvas, in the order they were selected; the last one is the primary tile (the one
 * the keyboard is on). A click selects one tile, Ctrl+click toggles one, Shift+click extends the selection
 * along the clicked tile's path.
 */
public final class TileSelection {

    private final ObservableList<String> ids = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper primary = new ReadOnlyStringWrapper();

    public TileSelection() {
        ids.addListener((ListChangeListener<String>) change -> primary.set(ids.isEmpty() ? null : ids.get(ids.size() - 1)));
    }

    /** The selected ids; the edit session's selection is bound to this list while a journey is open. */
    public ObservableList<String> ids() {
        return ids;
    }

    /** The tile selected last, or null. */
    public ReadOnlyStringProperty primaryProperty() {
        return primary.getReadOnlyProperty();
    }

    /** Selects only this tile; null clears the selection. */
    public void select(String id) {
        if (id == null) {
            ids.clear();
        } else if (!(ids.size() == 1 && ids.get(0).equals(id))) {
            ids.setAll(id);
        }
    }

    public void toggle(String id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
    }

    /**
     * Adds the tiles from the primary tile to {@code id} when both lie on the same path or in the same container,
     * otherwise just {@code id}; {@code id} becomes the primary tile.
     */
    public void extendTo(Journey journey, String id) {
        String from = primary.get();
        Optional<TileLocation> start = from == null ? Optional.empty() : PipelineTree.locate(journey, from);
        Optional<TileLocation> end = PipelineTree.locate(journey, id);
        Set<String> next = new LinkedHashSet<>(ids);
        if (start.isPresent() && end.isPresent() && start.get().sequence().equals(end.get().sequence())) {
            List<? extends Tile> sequence = PipelineTree.sequence(journey, end.get().sequence());
            int a = start.get().index();
            int b = end.get().index();
            int step = a <= b ? 1 : -1;
            for (int i = a; i != b; i += step) {
                next.add(sequence.get(i).id());
            }
        }
        next.remove(id);
        next.add(id);
        ids.setAll(new ArrayList<>(next));
    }

    public boolean isSelected(String id) {
        return ids.contains(id);
    }

    /** Keeps only the ids that are still in the journey. */
    public void retain(Collection<String> present) {
        Set<String> keep = Set.copyOf(present);
        if (!keep.containsAll(ids)) {
            ids.removeIf(id -> !keep.contains(id));
        }
    }
}
