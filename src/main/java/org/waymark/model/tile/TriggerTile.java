package org.waymark.model.tile;

import java.util.List;

/**
 * Holds each contact until its rules hold, then sends them down {@code whenTrue}; when {@code timeout} passes
 * first, down {@code whenFalse}.
 */
public record TriggerTile(String id, String name, RuleJoin join, List<TriggerRule> rules, Wait timeout,
                          List<Tile> whenTrue, List<Tile> whenFalse) implements Tile, BranchingTile {

    public static final String TRUE_KEY = "true";
    public static final String FALSE_KEY = "false";

    public TriggerTile {
        rules = List.copyOf(rules);
        whenTrue = List.copyOf(whenTrue);
        whenFalse = List.copyOf(whenFalse);
    }

    @Override
    public TileType type() {
        return TileType.TRIGGER;
    }

    @Override
    public List<Lane> lanes() {
        return List.of(new Lane(TRUE_KEY, "True", whenTrue), new Lane(FALSE_KEY, "False", whenFalse));
    }

    public TriggerTile withPaths(List<Tile> newTrue, List<Tile> newFalse) {
        return new TriggerTile(id, name, join, rules, timeout, newTrue, newFalse);
    }
}
