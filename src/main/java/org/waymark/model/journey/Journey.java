package org.waymark.model.journey;

import java.util.List;
import org.waymark.model.tile.Tile;

/** A customer journey: its settings and its pipeline of tiles, an immutable value. */
public record Journey(JourneySettings settings, List<Tile> pipeline) {

    public Journey {
        pipeline = List.copyOf(pipeline);
    }

    public String name() {
        return settings.name();
    }

    public Journey withSettings(JourneySettings newSettings) {
        return new Journey(newSettings, pipeline);
    }

    public Journey withPipeline(List<Tile> newPipeline) {
        return new Journey(settings, newPipeline);
    }
}
