package org.waymark.model.tile;

import java.util.List;

/** A tile whose contacts leave by one of several paths; it is the last tile of its sequence. */
public interface BranchingTile {
    List<Lane> lanes();
}
