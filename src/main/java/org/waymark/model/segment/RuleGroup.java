package org.waymark.model.segment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rules joined by {@link GroupMatch}. An empty group says nothing: it is left out of its parent, and a segment whose
 * whole query is empty selects every contact (see {@link #isEmpty()}).
 */
public record RuleGroup(GroupMatch match, List<SegmentRule> rules) implements SegmentRule {

    public RuleGroup {
        if (match == null) {
            throw new IllegalArgumentException("a group needs a match");
        }
        rules = List.copyOf(rules);
    }

    public static RuleGroup all(SegmentRule... rules) {
        return new RuleGroup(GroupMatch.ALL, List.of(rules));
    }

    public static RuleGroup any(SegmentRule... rules) {
        return new RuleGroup(GroupMatch.ANY, List.of(rules));
    }

    /** True when no condition is left once empty groups are left out. */
    public boolean isEmpty() {
        return rules.stream().allMatch(rule -> rule instanceof RuleGroup group && group.isEmpty());
    }

    /** The rules that say something: empty groups left out. */
    public List<SegmentRule> effectiveRules() {
        return rules.stream().filter(rule -> !(rule instanceof RuleGroup group && group.isEmpty())).toList();
    }

    @Override
    public String describe() {
        List<SegmentRule> effective = effectiveRules();
        if (effective.isEmpty()) {
            return "every contact";
        }
        String joined = effective.stream().map(rule -> rule instanceof RuleGroup ? "(" + rule.describe() + ")"
                : rule.describe()).collect(Collectors.joining("; "));
        return match.label().toLowerCase(java.util.Locale.ROOT) + ": " + joined;
    }
}
