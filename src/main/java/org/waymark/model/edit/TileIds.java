package org.waymark.model.edit;

import java.util.HashSet;
import java.util.Set;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.TileType;

/** Hands out tile ids not yet used in a journey: {@code email-1}, {@code email-2}, … */
public final class TileIds {

    private final Set<String> taken = new HashSet<>();

    public TileIds(Journey journey) {
        PipelineWalker.places(journey.pipeline()).stream().map(TilePlace::tile).forEach(t -> taken.add(t.id()));
    }

    public String next(TileType type) {
        for (int n = 1; ; n++) {
            String id = type.fileName() + "-" + n;
            if (taken.add(id)) {
                return id;
            }
        }
    }
}
