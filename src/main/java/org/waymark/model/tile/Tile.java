package org.waymark.model.tile;

/**
 * One step of a journey's pipeline. Tiles are immutable values; an edit replaces a tile with a new one
 * that keeps its {@link #id()}, so selections and undo steps survive edits.
 */
public sealed interface Tile
        permits SegmentGroupTile, SegmentTile, EmailTile, ContentTile, SmsTile, PushNotificationTile,
                ActivityTile, LaunchWorkflowTile, CreateLeadTile, SchedulerTile, TriggerTile, SplitterTile,
                FormSubmittedStartTile, RecordUpdatedStartTile {

    /** Stable identifier, unique within one journey; trigger rules refer to tiles by it. */
    String id();

    /** The name the marketer gave this tile; may be empty. */
    String name();

    TileType type();

    /** The name to show: the tile's own name, or its type's label when it has none. */
    default String displayName() {
        return name() == null || name().isBlank() ? type().label() : name();
    }
}
