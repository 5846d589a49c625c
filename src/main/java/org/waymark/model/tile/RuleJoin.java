package org.waymark.model.tile;

/** How the rules of a trigger combine. */
public enum RuleJoin {
    AND,
    OR
}
