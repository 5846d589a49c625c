package org.waymark.ui.properties;

import java.util.Optional;
import java.util.function.Consumer;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.edit.ReplaceTile;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.tile.Tile;
import org.waymark.ui.edit.EditSession;

/** What every tile editor works with: the session it edits through, the catalog and the view models. */
final class EditContext {

    private final EditSession session;
    private final AssetCatalog assets;
    private final Consumer<String> refusals;
    private final TileChanges changes = new TileChanges();
    private final AssetReferenceViewModel references;
    private final TriggerViewModel triggers;
    private final SplitterViewModel splitters = new SplitterViewModel();
    private final SchedulerViewModel schedulers = new SchedulerViewModel();
    private final WaitViewModel waits = new WaitViewModel();

    EditContext(EditSession session, AssetCatalog assets, Consumer<String> refusals) {
        this.session = session;
        this.assets = assets;
        this.refusals = refusals;
        this.references = new AssetReferenceViewModel(assets);
        this.triggers = new TriggerViewModel(new JourneyRules(), assets);
    }

    /**
     * Replaces the tile by its edited copy as one undoable edit ({@code field} merges typing into one step);
     * returns false and shows why when the edit is refused.
     */
    boolean replace(Tile edited, String field) {
        Optional<Tile> current = session.selectedTile().filter(t -> t.id().equals(edited.id()));
        if (current.isPresent() && current.get().equals(edited)) {
            return true;
        }
        Optional<String> refusal = session.execute(new ReplaceTile(session.document(), edited, field));
        refusals.accept(refusal.orElse(null));
        return refusal.isEmpty();
    }

    AssetCatalog assets() {
        return assets;
    }

    TileChanges changes() {
        return changes;
    }

    AssetReferenceViewModel references() {
        return references;
    }

    TriggerViewModel triggers() {
        return triggers;
    }

    SplitterViewModel splitters() {
        return splitters;
    }

    SchedulerViewModel schedulers() {
        return schedulers;
    }

    WaitViewModel waits() {
        return waits;
    }
}
