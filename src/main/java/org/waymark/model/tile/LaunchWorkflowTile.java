package org.waymark.model.tile;

/** Starts the named business workflow for each contact, or once per account. */
public record LaunchWorkflowTile(String id, String name, String workflow, ActionTarget per) implements Tile {

    @Override
    public TileType type() {
        return TileType.LAUNCH_WORKFLOW;
    }
}
