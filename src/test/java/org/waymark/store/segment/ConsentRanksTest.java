package org.waymark.store.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.segment.ConsentComparison;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.GroupMatch;
import org.waymark.model.segment.RuleGroup;

class ConsentRanksTest {

    @Test
    void aConsentRuleBecomesItsFewerRanks() {
        assertThat(ConsentRanks.ranks(new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.MARKETING)))
                .isEqualTo(RuleGroup.any(exactly(ConsentLevel.MARKETING), exactly(ConsentLevel.PROFILING)));
        assertThat(ConsentRanks.ranks(new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.TRANSACTIONAL)))
                .isEqualTo(new RuleGroup(GroupMatch.NONE, List.of(exactly(ConsentLevel.NONE),
                        exactly(ConsentLevel.CONSENT_GIVEN))));
        assertThat(ConsentRanks.ranks(new ConsentRule(ConsentComparison.AT_MOST, ConsentLevel.TRANSACTIONAL)))
                .isEqualTo(RuleGroup.any(exactly(ConsentLevel.NONE), exactly(ConsentLevel.CONSENT_GIVEN),
                        exactly(ConsentLevel.TRANSACTIONAL)));
        assertThat(ConsentRanks.ranks(new ConsentRule(ConsentComparison.AT_MOST, ConsentLevel.MARKETING)))
                .isEqualTo(new RuleGroup(GroupMatch.NONE, List.of(exactly(ConsentLevel.PROFILING))));
        assertThat(ConsentRanks.ranks(new ConsentRule(ConsentComparison.AT_MOST, ConsentLevel.NONE)))
                .isEqualTo(exactly(ConsentLevel.NONE));
        assertThat(ConsentRanks.ranks(exactly(ConsentLevel.SUBSCRIPTIONS))).isEqualTo(exactly(ConsentLevel.SUBSCRIPTIONS));
    }

    @Test
    void aRuleThatAcceptsEveryRankStaysAsItIsSoThatItIsNeverAnEmptyGroup() {
        ConsentRule everyone = new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.NONE);
        assertThat(ConsentRanks.ranks(everyone)).isSameAs(everyone);
        assertThat(ConsentRanks.ranks(new ConsentRule(ConsentComparison.AT_MOST, ConsentLevel.PROFILING)))
                .isInstanceOf(ConsentRule.class);
    }

    @Test
    void nestedGroupsAreRewrittenAndOtherRulesKept() {
        FieldRule paris = new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "Paris");
        RuleGroup query = RuleGroup.all(paris, RuleGroup.any(new ConsentRule(ConsentComparison.AT_LEAST,
                ConsentLevel.MARKETING), RuleGroup.all()));
        assertThat(ConsentRanks.expand(query)).isEqualTo(RuleGroup.all(paris, RuleGroup.any(
                RuleGroup.any(exactly(ConsentLevel.MARKETING), exactly(ConsentLevel.PROFILING)), RuleGroup.all())));
    }

    private static ConsentRule exactly(ConsentLevel level) {
        return new ConsentRule(ConsentComparison.EXACTLY, level);
    }
}
