package org.waymark.ui.properties;

import org.waymark.model.journey.Journey;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.LaunchWorkflowTile;
import org.waymark.model.tile.RecordUpdatedStartTile;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentTile;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerTile;

/** The editor for each type of tile. */
final class TileEditors {

    private TileEditors() {
    }

    /** A new editor showing {@code tile} as it is in {@code journey}. */
    static TileEditor<?> create(EditContext context, Tile tile, Journey journey) {
        TileEditor<?> editor;
        if (tile instanceof TriggerTile t) {
            editor = new TriggerEditor(context, t, journey);
        } else if (tile instanceof SplitterTile t) {
            editor = new SplitterEditor(context, t, journey);
        } else if (tile instanceof SchedulerTile t) {
            editor = new SchedulerEditor(context, t, journey);
        } else if (tile instanceof ActivityTile || tile instanceof CreateLeadTile || tile instanceof LaunchWorkflowTile) {
            editor = new ActionEditor(context, tile, journey);
        } else if (tile instanceof SegmentGroupTile t) {
            editor = new SegmentEditors.Group(context, t, journey);
        } else if (tile instanceof SegmentTile t) {
            editor = new SegmentEditors.Segment(context, t, journey);
        } else if (tile instanceof RecordUpdatedStartTile t) {
            editor = new SegmentEditors.RecordUpdated(context, t, journey);
        } else {
            editor = new AssetEditor(context, tile, journey);
        }
        editor.refresh(tile, journey);
        return editor;
    }
}
