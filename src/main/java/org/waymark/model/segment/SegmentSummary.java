package org.waymark.model.segment;

/** A segment as listed: its id, name, kind and description; {@code query} is null unless the kind is dynamic. */
public record SegmentSummary(long id, String name, SegmentKind kind, String description, RuleGroup query) {
}
