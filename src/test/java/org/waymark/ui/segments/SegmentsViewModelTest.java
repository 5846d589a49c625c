package org.waymark.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSummary;

class SegmentsViewModelTest {

    private final FakeSegmentWorkspace store = new FakeSegmentWorkspace();
    private final SegmentsViewModel model = new SegmentsViewModel(store, store, Runnable::run, Runnable::run);

    @Test
    void listsSearchesAndOpensEachKindInItsEditor() {
        SegmentSummary boston = store.saveDynamic(0, "Bostonians", "People in Boston",
                RuleGroup.all(new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "Boston")));
        store.create(SegmentKind.SUBSCRIPTION_LIST, "Newsletter", "Monthly news");
        model.refresh(0);
        assertThat(model.shown()).hasSize(2);

        model.search().set("subscription");
        assertThat(model.shown()).extracting(SegmentSummary::name).containsExactly("Newsletter");
        model.search().set("boston");
        assertThat(model.shown()).containsExactly(boston);

        model.open(boston);
        assertThat(model.builder().name().get()).isEqualTo("Bostonians");
        assertThat(model.builder().query()).isEqualTo(boston.query());
        model.open(store.segments.get(2L));
        assertThat(model.members().segment().get().name()).isEqualTo("Newsletter");
    }

    @Test
    void aSavedNewSegmentJoinsTheListSelected() {
        model.newDynamic();
        assertThat(model.unsavedSegment()).isEmpty();
        ((ConditionRow) model.builder().root().rows().get(0)).value().set("Ann");
        assertThat(model.unsavedSegment()).contains("the new segment");
        model.builder().name().set("Everyone called Ann");
        ((ConditionRow) model.builder().root().rows().get(0)).value().set("Ann");
        model.builder().save();

        assertThat(model.shown()).extracting(SegmentSummary::name).containsExactly("Everyone called Ann");
        assertThat(model.selected().get().name()).isEqualTo("Everyone called Ann");
        assertThat(model.unsavedSegment()).isEmpty();
        assertThat(model.message().get()).as("the save is said once the list shows it")
                .isEqualTo("Saved \u201cEveryone called Ann\u201d.");
    }

    @Test
    void createsStaticSegmentsAndListsRenamesAndDeletes() {
        model.create(SegmentKind.STATIC, "  ", "");
        assertThat(model.message().get()).isEqualTo("Give the static segment a name.");
        model.create(SegmentKind.STATIC, "VIP", "hand-picked");
        SegmentSummary vip = model.selected().get();
        assertThat(vip.kind()).isEqualTo(SegmentKind.STATIC);

        model.rename(vip, "Top customers");
        assertThat(model.selected().get().name()).isEqualTo("Top customers");

        model.delete(model.selected().get());
        assertThat(model.shown()).isEmpty();
        assertThat(model.message().get()).isEqualTo("Deleted Top customers.");
    }
}
