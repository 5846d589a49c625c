package org.waymark.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSummary;
import org.waymark.model.segment.SubscriptionRule;

class SegmentBuilderViewModelTest {

    private final FakeSegmentWorkspace store = new FakeSegmentWorkspace();
    private final SegmentBuilderViewModel model = new SegmentBuilderViewModel(store, store, Runnable::run, Runnable::run);

    @Test
    void everyFieldOperatorBecomesItsRule() {
        model.startNew();
        ConditionRow row = (ConditionRow) model.root().rows().get(0);
        row.subject().set(ConditionSubject.of(ContactField.CITY));
        for (FieldOperator operator : FieldOperator.values()) {
            row.operator().set(operator.label());
            row.value().set("Bo'ston");
            assertThat(row.rule()).contains(new FieldRule(ContactField.CITY, operator,
                    operator.needsValue() ? "Bo'ston" : null));
            assertThat(row.valueKind().get()).isEqualTo(operator.needsValue()
                    ? ConditionRow.ValueKind.TEXT : ConditionRow.ValueKind.NONE);
        }
    }

    @Test
    void consentSubscriptionAndBehaviourRowsOfferTheirOwnOperatorsAndValues() {
        model.startNew();
        ConditionRow row = (ConditionRow) model.root().rows().get(0);

        row.subject().set(ConditionSubject.consent());
        assertThat(row.operators()).containsExactly("is at least", "is at most", "is exactly");
        row.operator().set("is at most");
        row.value().set(ConsentLevel.TRANSACTIONAL.label());
        assertThat(row.rule()).contains(new ConsentRule(ConsentComparison.AT_MOST, ConsentLevel.TRANSACTIONAL));

        row.subject().set(ConditionSubject.subscription());
        assertThat(row.valueChoices()).containsExactly("Newsletter", "Event invitations");
        assertThat(row.value().get()).isEqualTo("Newsletter");
        row.operator().set(ConditionWording.NOT_SUBSCRIBED);
        assertThat(row.rule()).contains(new SubscriptionRule("Newsletter", false));

        row.subject().set(ConditionSubject.of(Behaviour.EMAIL_OPENED));
        assertThat(row.valueChoices()).containsExactly("Any marketing email", "Welcome", "Spring offer");
        assertThat(row.rule()).contains(new BehaviourRule(Behaviour.EMAIL_OPENED, null, 30, true));
        row.value().set("Welcome");
        row.days().set(" 7 ");
        row.operator().set(ConditionWording.NEVER);
        assertThat(row.rule()).contains(new BehaviourRule(Behaviour.EMAIL_OPENED, "Welcome", 7, false));
        assertThat(row.hasDays()).isTrue();
    }

    @Test
    void nestedGroupsJoinTheirRowsAndEmptyGroupsSayNothing() {
        model.startNew();
        ConditionRow city = (ConditionRow) model.root().rows().get(0);
        city.subject().set(ConditionSubject.of(ContactField.CITY));
        city.value().set("Boston");
        RuleGroupRow either = model.root().addGroup();
        assertThat(either.match().get()).isEqualTo(GroupMatch.ANY);
        ConditionRow list = (ConditionRow) either.rows().get(0);
        list.subject().set(ConditionSubject.subscription());
        ConditionRow title = either.addCondition();
        title.subject().set(ConditionSubject.of(ContactField.JOB_TITLE));
        title.operator().set("contains");
        title.value().set("Director");
        RuleGroupRow empty = model.root().addGroup();
        empty.remove(empty.rows().get(0));

        assertThat(model.query()).isEqualTo(new RuleGroup(GroupMatch.ALL, List.of(
                new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "Boston"),
                RuleGroup.any(new SubscriptionRule("Newsletter", true),
                        new FieldRule(ContactField.JOB_TITLE, FieldOperator.CONTAINS, "Director")))));
        assertThat(store.counted.get(store.counted.size() - 1)).isEqualTo(model.query());
        assertThat(model.problems()).isEmpty();

        either.match().set(GroupMatch.NONE);
        assertThat(((RuleGroup) model.query().rules().get(1)).match()).isEqualTo(GroupMatch.NONE);
    }

    @Test
    void anEmptyQueryCountsEveryContactAndSaysSo() {
        model.startNew();
        model.root().remove(model.root().rows().get(0));

        assertThat(model.query().isEmpty()).isTrue();
        assertThat(model.count().get()).isEqualTo("42 contacts match (no conditions: every contact)");
        model.root().addCondition();
        assertThat(model.problems()).containsExactly("Condition 1: First name is …: type a value");
    }

    @Test
    void incompleteConditionsAreNamedLeftOutOfTheCountAndStopTheSave() {
        model.startNew();
        ConditionRow first = (ConditionRow) model.root().rows().get(0);
        first.subject().set(ConditionSubject.of(ContactField.COUNTRY));
        first.value().set("France");
        RuleGroupRow group = model.root().addGroup();
        ((ConditionRow) group.rows().get(0)).subject().set(ConditionSubject.of(Behaviour.FORM_SUBMITTED));
        ((ConditionRow) group.rows().get(0)).days().set("lots");

        assertThat(model.problems()).containsExactly("Group 2, condition 1: the number of days must be a whole "
                + "number from 1 to 3650, not \"lots\"");
        assertThat(model.count().get()).isEqualTo("42 contacts match; 1 incomplete condition not counted");
        assertThat(model.query().rules()).containsExactly(
                new FieldRule(ContactField.COUNTRY, FieldOperator.EQUALS, "France"));

        model.name().set("French");
        model.save();
        assertThat(model.message().get()).startsWith("Complete or remove: Group 2, condition 1:");
        assertThat(store.segments).isEmpty();
    }

    @Test
    void savingNeedsANameReportsATakenOneAndClearsDirty() {
        model.startNew();
        ((ConditionRow) model.root().rows().get(0)).value().set("Ann");
        assertThat(model.dirty().get()).isTrue();
        model.save();
        assertThat(model.message().get()).isEqualTo("Give the segment a name.");

        store.saveDynamic(0, "Taken", "", RuleGroup.all());
        model.name().set("Taken");
        model.save();
        assertThat(model.message().get()).isEqualTo("Name: a segment called \"Taken\" already exists");

        List<SegmentSummary> saved = new ArrayList<>();
        model.onSaved(saved::add);
        model.name().set("  Anns  ");
        model.save();
        assertThat(saved).extracting(SegmentSummary::name).containsExactly("Anns");
        assertThat(model.id()).isEqualTo(saved.get(0).id());
        assertThat(model.dirty().get()).isFalse();
    }

    @Test
    void openingAStoredSegmentShowsItsRowsWithoutMarkingItChanged() {
        RuleGroup query = new RuleGroup(GroupMatch.ANY, List.of(
                new ConsentRule(ConsentComparison.EXACTLY, ConsentLevel.PROFILING),
                RuleGroup.all(new SubscriptionRule("Deleted list", true),
                        new BehaviourRule(Behaviour.EVENT_ATTENDED, "Summit", 90, false))));
        model.open(new SegmentSummary(7, "Mixed", SegmentKind.DYNAMIC, "d", query));

        assertThat(model.query()).isEqualTo(query);
        assertThat(model.dirty().get()).isFalse();
        assertThat(model.root().rows()).hasSize(2);
        ConditionRow list = (ConditionRow) ((RuleGroupRow) model.root().rows().get(1)).rows().get(0);
        assertThat(list.valueChoices()).contains("Deleted list");
    }

    @Test
    void groupsStopNestingAtTheLimit() {
        model.startNew();
        RuleGroupRow group = model.root();
        while (group.canAddGroup()) {
            group = group.addGroup();
        }
        assertThat(group.depth()).isEqualTo(RuleGroupRow.MAX_DEPTH - 1);
    }

    @Test
    void changesMadeBeforeACountStartsAreGatheredIntoOneCountOfTheLatestQuery() {
        List<Runnable> pending = new ArrayList<>();
        SegmentBuilderViewModel slow = new SegmentBuilderViewModel(store, store, pending::add, Runnable::run);
        slow.startNew();
        ConditionRow row = (ConditionRow) slow.root().rows().get(0);
        row.value().set("A");
        row.value().set("An");
        row.value().set("Ann");
        assertThat(slow.count().get()).isEqualTo("Counting…");

        int before = store.counted.size();
        pending.forEach(Runnable::run);
        assertThat(store.counted).as("the counts not started when a later change came are skipped")
                .hasSize(before + 1);
        assertThat(store.counted.get(store.counted.size() - 1).rules())
                .containsExactly(new FieldRule(ContactField.FIRST_NAME, FieldOperator.EQUALS, "Ann"));
        assertThat(slow.count().get()).isEqualTo("42 contacts match");
        assertThat(slow.preview()).hasSize(5);
    }
}
