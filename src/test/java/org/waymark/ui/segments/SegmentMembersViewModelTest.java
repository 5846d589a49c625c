package org.waymark.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.segment.SegmentKind;

class SegmentMembersViewModelTest {

    private final FakeSegmentWorkspace store = new FakeSegmentWorkspace();
    private final SegmentMembersViewModel model = new SegmentMembersViewModel(store, Runnable::run, Runnable::run);

    @Test
    void addsFromASearchRemovesAndCounts() {
        model.open(store.create(SegmentKind.STATIC, "VIP", ""));
        assertThat(model.summary().get()).isEqualTo("0 members");

        model.candidateSearch().set("Ann2");
        assertThat(model.candidates()).extracting(ContactSummary::id).containsExactly(2L);
        model.add(model.candidates());
        assertThat(model.message().get()).isEqualTo("Added 1 contact.");
        assertThat(model.members()).extracting(ContactSummary::id).containsExactly(2L);
        assertThat(model.candidates()).isEmpty();

        model.candidateSearch().set("example.com");
        model.addAllMatching();
        assertThat(model.message().get()).isEqualTo("Added 4 contacts.");
        assertThat(model.summary().get()).isEqualTo("5 members");

        model.memberSearch().set("Ann3");
        assertThat(model.summary().get()).isEqualTo("5 members; 1 match \"Ann3\"");
        model.remove(model.members());
        assertThat(model.message().get()).isEqualTo("Removed 1 contact.");
        model.memberSearch().set("");
        assertThat(model.members()).hasSize(4);
    }

    @Test
    void saysWhatToDoFirst() {
        model.open(store.create(SegmentKind.SUBSCRIPTION_LIST, "News", ""));
        model.add(java.util.List.of());
        assertThat(model.message().get()).isEqualTo("Choose contacts to add first.");
        model.addAllMatching();
        assertThat(model.message().get()).isEqualTo("Type a search first: every contact it finds is added.");
    }
}
