package org.waymark.store.segment;

import java.util.ArrayList;
import java.util.List;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.segment.ConsentComparison;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.GroupMatch;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentRule;

/**
 * A query's consent rules as the consent ranks they accept, so that a count reads each rank on its own and keeps it
 * ({@link RuleAnswers}): "at least Marketing" becomes "is Marketing or is Profiling", and "at least Transactional",
 * four ranks of six, becomes "is none of Not set and Consent given" (the fewer ranks are read, the set complemented).
 * A consent rule thus reads at most three ranks' contacts, and once each rank has been read a change of level in the
 * builder reads nothing. The complement is exact because every contact's rank is one of {@link ConsentLevel}'s: the
 * column is NOT NULL and references consent_level, which holds those ranks. Only the counter rewrites; the SQL
 * condition keeps the rule as it is, and the random agreement tests compare the two.
 */
final class ConsentRanks {

    private ConsentRanks() {
    }

    /** {@code group} with each consent rule, at any depth, replaced by its ranks. */
    static RuleGroup expand(RuleGroup group) {
        List<SegmentRule> rules = new ArrayList<>();
        for (SegmentRule rule : group.rules()) {
            if (rule instanceof RuleGroup nested) {
                rules.add(expand(nested));
            } else if (rule instanceof ConsentRule consent) {
                rules.add(ranks(consent));
            } else {
                rules.add(rule);
            }
        }
        return new RuleGroup(group.match(), rules);
    }

    /** One rank as is, "any of" the accepted ranks, or "none of" the refused ones when they are fewer. */
    static SegmentRule ranks(ConsentRule rule) {
        List<SegmentRule> accepted = new ArrayList<>();
        List<SegmentRule> refused = new ArrayList<>();
        for (ConsentLevel level : ConsentLevel.values()) {
            (rule.accepts(level.rank()) ? accepted : refused).add(new ConsentRule(ConsentComparison.EXACTLY, level));
        }
        if (refused.isEmpty()) {
            return rule;
        } else if (accepted.size() == 1) {
            return accepted.get(0);
        }
        return accepted.size() <= refused.size() ? new RuleGroup(GroupMatch.ANY, accepted)
                : new RuleGroup(GroupMatch.NONE, refused);
    }
}
