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

    /**
     * The name to show: the tile's own name; without one, the stored record it uses (the email, the segment, the
     * form…), so that a tile added for a record reads as that record; else its type's label.
     */
    default String displayName() {
        if (name() != null && !name().isBlank()) {
            return name();
        }
        String record = usedRecord();
        return record.isBlank() ? type().label() : record;
    }

    /** The name of the stored record the tile uses, or "" when it uses none or none is chosen yet. */
    default String usedRecord() {
        String record = null;
        if (this instanceof SegmentTile t) {
            record = t.segment();
        } else if (this instanceof SegmentGroupTile t && t.segments().size() == 1) {
            record = t.segments().get(0).segment();
        } else if (this instanceof EmailTile t) {
            record = t.email();
        } else if (this instanceof SmsTile t) {
            record = t.message();
        } else if (this instanceof PushNotificationTile t) {
            record = t.notification();
        } else if (this instanceof ContentTile t) {
            record = t.asset();
        } else if (this instanceof FormSubmittedStartTile t) {
            record = t.form();
        }
        return record == null ? "" : record;
    }
}
