package org.waymark.model.tile;

import java.util.Optional;

/** Holds each contact for {@code delay}, then, if a release window is set, until the window is open. */
public record SchedulerTile(String id, String name, Wait delay, ReleaseWindow releaseWindow) implements Tile {

    @Override
    public TileType type() {
        return TileType.SCHEDULER;
    }

    public Optional<ReleaseWindow> window() {
        return Optional.ofNullable(releaseWindow);
    }
}
