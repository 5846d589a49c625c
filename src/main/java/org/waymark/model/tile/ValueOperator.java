package org.waymark.model.tile;

/** Comparison of a value splitter rule. */
public enum ValueOperator {
    EQUALS,
    NOT_EQUALS,
    CONTAINS,
    GREATER_THAN,
    LESS_THAN
}
