package org.waymark.engine;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TargetKind;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.FormSubmittedStartTile;
import org.waymark.model.tile.LaunchWorkflowTile;
import org.waymark.model.tile.RecordUpdatedStartTile;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;

/**
 * A journey compiled for simulation: its tiles numbered in reading order ({@link PipelineWalker}), what the
 * triggers watch, the entry step and the steps after it. Built once per run, shared by every thread.
 */
final class JourneyPlan {

    private final List<TilePlace> places;
    private final Watch[] watches;
    private final TileKeys keys;
    private final EntryStep entry;
    private final Sequence afterEntry;
    private final boolean targetsSubscriptionList;
    private final boolean groupsByAccount;

    JourneyPlan(Journey journey, Population population, long ownerBusinessUnitId, RunWindow window,
                Map<String, List<String>> emailLinks, Map<String, List<String>> emailAttachments) {
        places = PipelineWalker.places(journey.pipeline());
        Map<Tile, Integer> indices = new IdentityHashMap<>();
        Map<String, Integer> idIndex = new HashMap<>();
        for (int t = 0; t < places.size(); t++) {
            indices.put(places.get(t).tile(), t);
            idIndex.putIfAbsent(places.get(t).tile().id(), t);
        }
        watches = new Watch[places.size()];
        boolean perAccount = journey.settings().target() == TargetKind.ACCOUNTS;
        for (TilePlace place : places) {
            if (place.tile() instanceof TriggerTile trigger) {
                for (TriggerRule rule : trigger.rules()) {
                    Integer source = idIndex.get(rule.source());
                    if (source != null && rule.condition() != null) {
                        if (watches[source] == null) {
                            watches[source] = new Watch();
                        }
                        watches[source].add(rule.condition(), rule.link());
                    }
                }
            }
            perAccount |= isPerAccount(place.tile());
        }
        groupsByAccount = perAccount;
        keys = new TileKeys(places.size());
        Gates gates = new Gates(journey.settings(), population, ownerBusinessUnitId);
        List<Tile> pipeline = journey.pipeline();
        Tile first = pipeline.isEmpty() ? null : pipeline.get(0);
        if (first instanceof SegmentGroupTile group) {
            SegmentEntry segments = new SegmentEntry(0, group, population, gates, keys, indices::get);
            entry = segments;
            targetsSubscriptionList = segments.targetsSubscriptionList();
        } else if (first instanceof FormSubmittedStartTile form) {
            entry = new InboundEntry(0, "FORM_SUBMITTED", blankOr(form.form(), form), gates, keys);
            targetsSubscriptionList = false;
        } else if (first instanceof RecordUpdatedStartTile record) {
            String asset = record.record() == null ? record.displayName() : record.record().name()
                    + (record.field() == null || record.field().isBlank() ? "" : "." + record.field());
            entry = new InboundEntry(0, "RECORD_UPDATED", asset, gates, keys);
            targetsSubscriptionList = false;
        } else {
            entry = null;
            targetsSubscriptionList = false;
        }
        StepFactory factory = new StepFactory(indices::get, idIndex, watches, keys, window,
                journey.settings().target(), emailLinks, emailAttachments);
        afterEntry = entry == null ? Sequence.EMPTY : factory.sequence(pipeline.subList(1, pipeline.size()));
    }

    int tileCount() {
        return places.size();
    }

    List<TilePlace> places() {
        return places;
    }

    /** What triggers watch at a tile, or null. */
    Watch watch(int tile) {
        return watches[tile];
    }

    TileKeys keys() {
        return keys;
    }

    /** The first tile's entry, or null when the journey does not start with a start tile (nobody enters). */
    EntryStep entry() {
        return entry;
    }

    Sequence afterEntry() {
        return afterEntry;
    }

    boolean targetsSubscriptionList() {
        return targetsSubscriptionList;
    }

    /** Whether contacts of one account must sit together in one chunk (account journey or per-account action). */
    boolean groupsByAccount() {
        return groupsByAccount;
    }

    private static boolean isPerAccount(Tile tile) {
        return (tile instanceof ActivityTile a && a.per() == ActionTarget.ACCOUNT)
                || (tile instanceof CreateLeadTile l && l.per() == ActionTarget.ACCOUNT)
                || (tile instanceof LaunchWorkflowTile w && w.per() == ActionTarget.ACCOUNT);
    }

    private static String blankOr(String asset, Tile tile) {
        return asset == null || asset.isBlank() ? tile.displayName() : asset;
    }
}
