package org.waymark.model.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.tile.*;

/**
 * Copies tiles, with everything they hold, under fresh ids, for paste and duplicate. Trigger rules that
 * watch a tile copied along with them are pointed at the copy.
 */
public final class TileCopier {

    private final TileIds ids;
    private final Map<String, String> renamed = new HashMap<>();

    public TileCopier(TileIds ids) {
        this.ids = ids;
    }

    /** Copies a group of tiles as one: rules among them follow the copies. */
    public List<Tile> copy(List<Tile> tiles) {
        List<Tile> fresh = tiles.stream().map(this::freshIds).toList();
        return fresh.stream().map(this::remapRules).toList();
    }

    private Tile freshIds(Tile tile) {
        String id = ids.next(tile.type());
        renamed.put(tile.id(), id);
        if (tile instanceof SegmentGroupTile t) {
            return new SegmentGroupTile(id, t.name(), t.combination(),
                    t.segments().stream().map(s -> (SegmentTile) freshIds(s)).toList());
        } else if (tile instanceof SegmentTile t) {
            return new SegmentTile(id, t.name(), t.source(), t.segment(), t.membership());
        } else if (tile instanceof EmailTile t) {
            return new EmailTile(id, t.name(), t.email(), t.content().stream().map(c -> (ContentTile) freshIds(c)).toList());
        } else if (tile instanceof MarketingPageTile t) {
            return new MarketingPageTile(id, t.name(), t.asset());
        } else if (tile instanceof MarketingFormTile t) {
            return new MarketingFormTile(id, t.name(), t.asset());
        } else if (tile instanceof EventTile t) {
            return new EventTile(id, t.name(), t.asset());
        } else if (tile instanceof SmsTile t) {
            return new SmsTile(id, t.name(), t.message());
        } else if (tile instanceof PushNotificationTile t) {
            return new PushNotificationTile(id, t.name(), t.notification());
        } else if (tile instanceof ActivityTile t) {
            return new ActivityTile(id, t.name(), t.kind(), t.subject(), t.owner(), t.per());
        } else if (tile instanceof LaunchWorkflowTile t) {
            return new LaunchWorkflowTile(id, t.name(), t.workflow(), t.per());
        } else if (tile instanceof CreateLeadTile t) {
            return new CreateLeadTile(id, t.name(), t.topic(), t.per());
        } else if (tile instanceof SchedulerTile t) {
            return new SchedulerTile(id, t.name(), t.delay(), t.releaseWindow());
        } else if (tile instanceof TriggerTile t) {
            return new TriggerTile(id, t.name(), t.join(), t.rules(), t.timeout(),
                    t.whenTrue().stream().map(this::freshIds).toList(), t.whenFalse().stream().map(this::freshIds).toList());
        } else if (tile instanceof SplitterTile t) {
            return new SplitterTile(id, t.name(), t.mode(), t.branches().stream()
                    .map(b -> b.withTiles(b.tiles().stream().map(this::freshIds).toList())).toList());
        } else if (tile instanceof FormSubmittedStartTile t) {
            return new FormSubmittedStartTile(id, t.name(), t.form());
        }
        RecordUpdatedStartTile t = (RecordUpdatedStartTile) tile;
        return new RecordUpdatedStartTile(id, t.name(), t.record(), t.field());
    }

    private Tile remapRules(Tile tile) {
        if (tile instanceof TriggerTile t) {
            List<TriggerRule> rules = t.rules().stream()
                    .map(r -> new TriggerRule(renamed.getOrDefault(r.source(), r.source()), r.condition(), r.link())).toList();
            return new TriggerTile(t.id(), t.name(), t.join(), rules, t.timeout(),
                    t.whenTrue().stream().map(this::remapRules).toList(), t.whenFalse().stream().map(this::remapRules).toList());
        }
        if (tile instanceof SplitterTile t) {
            return t.withBranches(t.branches().stream()
                    .map(b -> b.withTiles(b.tiles().stream().map(this::remapRules).toList())).toList());
        }
        return tile;
    }
}
