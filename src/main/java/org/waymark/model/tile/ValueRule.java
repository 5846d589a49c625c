package org.waymark.model.tile;

/** A condition on a contact field for a value splitter branch, e.g. {@code city EQUALS "Boston"}. */
public record ValueRule(String field, ValueOperator operator, String value) {
}
