package org.waymark.ui.segments;

import java.util.List;
import java.util.Optional;
import org.waymark.model.segment.SegmentRule;

/** A row of the segment builder: a condition or a nested group. */
public sealed interface BuilderNode permits ConditionRow, RuleGroupRow {

    /** The rule this row says, or empty while it is incomplete (or, for a group, empty). */
    Optional<SegmentRule> rule();

    /** Adds what is incomplete, each prefixed with where it is ("Condition 2 of group 1: …"). */
    void collectProblems(String place, List<String> problems);

    /** The row in words, for accessible names. */
    String describe();
}
