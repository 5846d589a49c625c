package org.waymark.model.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.ConsentLevel;

class SegmentQueryFormatTest {

    private final SegmentQueryFormat format = new SegmentQueryFormat();

    @Test
    void everyKindOfRuleAndNestedGroupsSurviveARoundTrip() {
        RuleGroup query = new RuleGroup(GroupMatch.ALL, List.of(
                new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "New \"York\"' OR 1=1 --"),
                new FieldRule(ContactField.ACCOUNT_NAME, FieldOperator.IS_EMPTY, null),
                new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.MARKETING),
                new RuleGroup(GroupMatch.NONE, List.of(
                        new SubscriptionRule("Новости", false),
                        new BehaviourRule(Behaviour.FORM_SUBMITTED, "Contact us", 30, false))),
                new RuleGroup(GroupMatch.ANY, List.of()),
                new BehaviourRule(Behaviour.EMAIL_OPENED, null, 7)));

        assertThat(format.read(format.write(query))).isEqualTo(query);
    }

    @Test
    void readsTheQueriesTheFirstDemoStored() {
        RuleGroup query = format.read("""
                {"match":"all","conditions":[{"field":"city","operator":"equals","value":"New York"},\
                {"subscribedTo":"Newsletter"},{"field":"consent","operator":"atLeast","value":"marketing"},\
                {"behaviour":"emailOpened","withinDays":30}]}""");

        assertThat(query.rules()).containsExactly(
                new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "New York"),
                new SubscriptionRule("Newsletter", true),
                new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.MARKETING),
                new BehaviourRule(Behaviour.EMAIL_OPENED, null, 30, true));
    }

    @Test
    void namesThePathOfWhatItCannotRead() {
        assertThatThrownBy(() -> format.read("{\"match\":\"all\",\"conditions\":[{\"match\":\"any\",\"conditions\":"
                + "[{\"field\":\"shoeSize\",\"operator\":\"equals\",\"value\":\"9\"}]}]}"))
                .isInstanceOf(SegmentQueryFormatException.class)
                .hasMessage("$.conditions[0].conditions[0].field: unknown field \"shoeSize\"");
        assertThatThrownBy(() -> format.read("{\"match\":\"most\",\"conditions\":[]}"))
                .hasMessageStartingWith("$.match: must be");
        assertThatThrownBy(() -> format.read("{\"match\":\"all\",\"conditions\":[{\"behaviour\":\"emailOpened\","
                + "\"withinDays\":0}]}")).hasMessageStartingWith("$.conditions[0].withinDays:");
        assertThatThrownBy(() -> format.read("not json")).hasMessageStartingWith("$: not valid JSON");
    }

    @Test
    void emptyGroupsAreLeftOutAndAnEmptyQueryMeansEveryContact() {
        RuleGroup query = RuleGroup.all(RuleGroup.any(), RuleGroup.all(RuleGroup.any()));

        assertThat(query.isEmpty()).isTrue();
        assertThat(query.describe()).isEqualTo("every contact");
        RuleGroup some = RuleGroup.any(RuleGroup.all(), new SubscriptionRule("Newsletter", true));
        assertThat(some.effectiveRules()).containsExactly(new SubscriptionRule("Newsletter", true));
        assertThat(some.describe()).isEqualTo("any of: Subscribed to \"Newsletter\"");
    }
}
