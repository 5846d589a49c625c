package org.waymark.store.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.model.segment.ContactField.ACCOUNT_CITY;
import static org.waymark.model.segment.ContactField.ACCOUNT_COUNTRY;
import static org.waymark.model.segment.ContactField.ACCOUNT_INDUSTRY;
import static org.waymark.model.segment.ContactField.ACCOUNT_NAME;
import static org.waymark.model.segment.ContactField.BUSINESS_UNIT;
import static org.waymark.model.segment.ContactField.CITY;
import static org.waymark.model.segment.ContactField.COUNTRY;
import static org.waymark.model.segment.ContactField.EMAIL;
import static org.waymark.model.segment.ContactField.FIRST_NAME;
import static org.waymark.model.segment.ContactField.JOB_TITLE;
import static org.waymark.model.segment.ContactField.LAST_NAME;
import static org.waymark.model.segment.ContactField.PHONE;
import static org.waymark.model.segment.FieldOperator.CONTAINS;
import static org.waymark.model.segment.FieldOperator.ENDS_WITH;
import static org.waymark.model.segment.FieldOperator.EQUALS;
import static org.waymark.model.segment.FieldOperator.IS_EMPTY;
import static org.waymark.model.segment.FieldOperator.IS_NOT_EMPTY;
import static org.waymark.model.segment.FieldOperator.NOT_CONTAINS;
import static org.waymark.model.segment.FieldOperator.NOT_EQUALS;
import static org.waymark.model.segment.FieldOperator.STARTS_WITH;
import static org.waymark.store.schema.Tables.CONTACT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.segment.Behaviour;
import org.waymark.model.segment.BehaviourRule;
import org.waymark.model.segment.ConsentComparison;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.GroupMatch;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentRule;
import org.waymark.model.segment.SubscriptionRule;

/** Every rule against {@link SegmentFixture}, whose members were worked out by hand. */
class SegmentConditionsTest extends SegmentStoreTest {


    private List<Long> members(SegmentRule... rules) {
        return members(RuleGroup.all(rules));
    }

    /** The members by SQL, checking on the way that counting rule by rule in memory finds as many. */
    private List<Long> members(RuleGroup query) {
        List<Long> members = store.dsl().select(CONTACT.ID).from(CONTACT)
                .where(new SegmentConditions(store.dsl(), SegmentFixture.AS_OF).of(query))
                .orderBy(CONTACT.ID).fetch(CONTACT.ID);
        assertThat(new SegmentCounter(store.dsl(), new SegmentConditions(store.dsl(), SegmentFixture.AS_OF),
                new RuleReads(store.dsl(), Runnable::run, 1), new RuleAnswers(0)).count(query)).as("in-memory count of %s", query).isEqualTo(members.size());
        return members;
    }

    private static FieldRule field(ContactField field, FieldOperator operator, String value) {
        return new FieldRule(field, operator, value);
    }

    @Test
    void textOperatorsMatchExactlyLetterCaseIncluded() {
        assertThat(members(field(CITY, EQUALS, "Boston"))).containsExactly(1L, 6L);
        assertThat(members(field(CITY, CONTAINS, "o"))).containsExactly(1L, 2L, 5L, 6L, 7L, 8L, 10L);
        assertThat(members(field(CITY, STARTS_WITH, "New"))).containsExactly(2L, 10L);
        assertThat(members(field(CITY, ENDS_WITH, "on"))).containsExactly(1L, 5L, 6L, 8L);
        assertThat(members(field(FIRST_NAME, EQUALS, "Ann"))).containsExactly(1L);
        assertThat(members(field(LAST_NAME, ENDS_WITH, "'Neil"))).containsExactly(6L);
        assertThat(members(field(JOB_TITLE, CONTAINS, "Manager"))).containsExactly(1L, 3L, 6L, 8L);
        assertThat(members(field(JOB_TITLE, STARTS_WITH, "Engineer"))).containsExactly(2L, 8L);
        assertThat(members(field(COUNTRY, EQUALS, "USA"))).containsExactly(1L, 2L, 6L, 8L, 10L, 12L);
    }

    @Test
    void negativeOperatorsAlsoSelectEmptyFields() {
        assertThat(members(field(CITY, NOT_EQUALS, "Boston"))).containsExactly(2L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(members(field(CITY, NOT_CONTAINS, "o"))).containsExactly(3L, 4L, 9L, 11L, 12L);
        assertThat(members(field(CITY, IS_EMPTY, null))).containsExactly(4L, 9L);
        assertThat(members(field(CITY, IS_NOT_EMPTY, null))).containsExactly(1L, 2L, 3L, 5L, 6L, 7L, 8L, 10L, 11L, 12L);
        assertThat(members(field(EMAIL, IS_EMPTY, null))).containsExactly(4L);
        assertThat(members(field(PHONE, IS_NOT_EMPTY, null))).containsExactly(1L, 5L);
    }

    @Test
    void wildcardsInValuesMatchOnlyLiterally() {
        assertThat(members(field(JOB_TITLE, CONTAINS, "%"))).containsExactly(11L);
        assertThat(members(field(JOB_TITLE, ENDS_WITH, "100%"))).containsExactly(11L);
        assertThat(members(field(JOB_TITLE, CONTAINS, "_"))).isEmpty();
        assertThat(members(field(EMAIL, CONTAINS, "_"))).containsExactly(12L);
        assertThat(members(field(EMAIL, STARTS_WITH, "leo_"))).containsExactly(12L);
        assertThat(members(field(EMAIL, STARTS_WITH, "le__"))).isEmpty();
        assertThat(members(field(CITY, CONTAINS, "\\"))).isEmpty();
        assertThat(members(field(ACCOUNT_NAME, CONTAINS, "_100%"))).containsExactly(6L, 10L);
    }

    @Test
    void businessUnitByName() {
        assertThat(members(field(BUSINESS_UNIT, EQUALS, "Europe"))).containsExactly(3L, 5L, 7L, 11L);
        assertThat(members(field(BUSINESS_UNIT, NOT_EQUALS, "Europe"))).containsExactly(1L, 2L, 4L, 6L, 8L, 9L, 10L,
                12L);
        assertThat(members(field(BUSINESS_UNIT, STARTS_WITH, "Head"))).containsExactly(1L, 2L, 4L, 6L, 8L, 9L, 10L,
                12L);
    }

    @Test
    void accountFieldsThroughTheAccountAndEmptyWithoutOne() {
        assertThat(members(field(ACCOUNT_NAME, EQUALS, "Contoso"))).containsExactly(1L, 2L, 8L);
        assertThat(members(field(ACCOUNT_NAME, NOT_EQUALS, "Contoso"))).containsExactly(3L, 4L, 5L, 6L, 7L, 9L, 10L,
                11L, 12L);
        assertThat(members(field(ACCOUNT_NAME, STARTS_WITH, "North"))).containsExactly(6L, 10L);
        assertThat(members(field(ACCOUNT_INDUSTRY, IS_EMPTY, null))).containsExactly(4L, 6L, 7L, 9L, 10L, 12L);
        assertThat(members(field(ACCOUNT_INDUSTRY, IS_NOT_EMPTY, null))).containsExactly(1L, 2L, 3L, 5L, 8L, 11L);
        assertThat(members(field(ACCOUNT_CITY, EQUALS, "Boston"))).containsExactly(1L, 2L, 8L);
        assertThat(members(field(ACCOUNT_CITY, NOT_CONTAINS, "Bos"))).containsExactly(3L, 4L, 5L, 6L, 7L, 9L, 10L,
                11L, 12L);
        assertThat(members(field(ACCOUNT_COUNTRY, EQUALS, "USA"))).containsExactly(1L, 2L, 6L, 8L, 10L);
    }

    @Test
    void consentComparesRanks() {
        assertThat(members(new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.MARKETING)))
                .containsExactly(1L, 2L, 7L, 8L, 11L);
        assertThat(members(new ConsentRule(ConsentComparison.AT_MOST, ConsentLevel.TRANSACTIONAL)))
                .containsExactly(4L, 5L, 6L, 10L, 12L);
        assertThat(members(new ConsentRule(ConsentComparison.EXACTLY, ConsentLevel.SUBSCRIPTIONS)))
                .containsExactly(3L, 9L);
    }

    @Test
    void subscriptionListsInAndOut() {
        assertThat(members(new SubscriptionRule("Newsletter", true))).containsExactly(1L, 2L, 3L, 7L, 11L);
        assertThat(members(new SubscriptionRule("Newsletter", false))).containsExactly(4L, 5L, 6L, 8L, 9L, 10L, 12L);
        assertThat(members(new SubscriptionRule("Events", true))).containsExactly(2L, 5L, 8L);
    }

    @Test
    void anUnknownListOrAStaticSegmentIsAClearError() {
        assertThatThrownBy(() -> members(new SubscriptionRule("Gardening tips", true)))
                .isInstanceOf(SegmentException.class).hasMessage("There is no subscription list \"Gardening tips\"");
        assertThatThrownBy(() -> members(new SubscriptionRule("VIP", false)))
                .isInstanceOf(SegmentException.class).hasMessage("\"VIP\" is a static segment, not a subscription list");
    }

    @Test
    void behaviourWithinTheWindowRealInteractionsOnly() {
        assertThat(members(new BehaviourRule(Behaviour.EMAIL_OPENED, "Welcome", 30))).containsExactly(1L, 11L);
        assertThat(members(new BehaviourRule(Behaviour.EMAIL_OPENED, null, 30))).containsExactly(1L, 2L, 11L);
        assertThat(members(new BehaviourRule(Behaviour.EMAIL_OPENED, null, 60))).containsExactly(1L, 2L, 3L, 11L);
        assertThat(members(new BehaviourRule(Behaviour.EMAIL_OPENED, null, 29))).containsExactly(1L, 2L);
        assertThat(members(new BehaviourRule(Behaviour.EMAIL_OPENED, "Spring", 30))).isEmpty();
        assertThat(members(new BehaviourRule(Behaviour.EMAIL_CLICKED, null, 30))).containsExactly(7L);
        assertThat(members(new BehaviourRule(Behaviour.FORM_SUBMITTED, "Contact us", 7))).containsExactly(8L);
        assertThat(members(new BehaviourRule(Behaviour.FORM_SUBMITTED, null, 2))).isEmpty();
        assertThat(members(new BehaviourRule(Behaviour.EMAIL_OPENED, "Welcome", 30, false)))
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 12L);
    }

    @Test
    void groupsNestAndNoneExcludes() {
        assertThat(members(field(CITY, EQUALS, "Boston"),
                new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.MARKETING))).containsExactly(1L);
        assertThat(members(RuleGroup.any(field(CITY, EQUALS, "Paris"), new SubscriptionRule("Events", true))))
                .containsExactly(2L, 3L, 5L, 8L, 11L);
        assertThat(members(new RuleGroup(GroupMatch.NONE, List.of(field(CITY, EQUALS, "Boston"),
                field(COUNTRY, EQUALS, "France"))))).containsExactly(2L, 4L, 7L, 8L, 9L, 10L, 12L);
        assertThat(members(new SubscriptionRule("Newsletter", true), RuleGroup.any(
                new ConsentRule(ConsentComparison.EXACTLY, ConsentLevel.SUBSCRIPTIONS),
                new RuleGroup(GroupMatch.NONE, List.of(field(COUNTRY, EQUALS, "France"))))))
                .containsExactly(1L, 2L, 3L, 7L);
    }

    @Test
    void emptyGroupsAreLeftOutAndAnEmptyQuerySelectsEveryone() {
        List<Long> everyone = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        RuleGroup none = new RuleGroup(GroupMatch.NONE, List.of());
        assertThat(members(RuleGroup.all())).isEqualTo(everyone);
        assertThat(members(new RuleGroup(GroupMatch.NONE, List.of(RuleGroup.all())))).isEqualTo(everyone);
        assertThat(members(RuleGroup.any(RuleGroup.all(), none))).isEqualTo(everyone);
        assertThat(members(RuleGroup.any(), field(CITY, EQUALS, "Boston"), none)).containsExactly(1L, 6L);
        assertThat(members(new RuleGroup(GroupMatch.NONE, List.of(RuleGroup.any(), field(CITY, EQUALS, "Boston")))))
                .containsExactly(2L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 11L, 12L);
    }
}
