package org.waymark.model.tile;

/** Groups of tile types, in the order a toolbox shows them. */
public enum TileCategory {
    TARGETS("Targets and inbound starts"),
    CHANNELS("Channels"),
    FLOW("Flow"),
    ACTIONS("Internal actions"),
    CONTENT("Content");

    private final String label;

    TileCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
