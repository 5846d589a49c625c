package org.waymark.ui.toolbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.tile.TileCategory;
import org.waymark.model.tile.TileType;

class ToolboxViewModelTest {

    private final ToolboxViewModel model = new ToolboxViewModel();

    @Test
    void listsEveryTypeGroupedByCategoryInToolboxOrder() {
        assertThat(model.entries()).containsExactlyInAnyOrder(TileType.values());
        assertThat(model.groups()).extracting(ToolboxGroup::category).containsExactly(TileCategory.values());
        assertThat(model.groups().get(0).types()).containsExactly(TileType.SEGMENT_GROUP, TileType.SEGMENT,
                TileType.FORM_SUBMITTED, TileType.RECORD_UPDATED);
        assertThat(model.groups().get(2).types()).containsExactly(TileType.TRIGGER, TileType.SPLITTER, TileType.SCHEDULER);
        assertThat(model.entries()).filteredOn(model::startsGroup)
                .containsExactly(TileType.SEGMENT_GROUP, TileType.EMAIL, TileType.TRIGGER, TileType.ACTIVITY,
                        TileType.MARKETING_PAGE);
    }

    @Test
    void theFilterMatchesNamesAndDescriptionsAndHidesEmptyCategories() {
        model.filterProperty().set("email");
        assertThat(model.entries()).containsExactly(TileType.EMAIL, TileType.MARKETING_PAGE, TileType.MARKETING_FORM,
                TileType.EVENT);
        assertThat(model.groups()).extracting(ToolboxGroup::category)
                .containsExactly(TileCategory.CHANNELS, TileCategory.CONTENT);
        assertThat(model.startsGroup(TileType.MARKETING_PAGE)).isTrue();

        model.filterProperty().set("  TEXT message ");
        assertThat(model.entries()).containsExactly(TileType.SMS);
        model.filterProperty().set("release window");
        assertThat(model.entries()).containsExactly(TileType.SCHEDULER);
        model.filterProperty().set("nothing like this");
        assertThat(model.groups()).isEmpty();
        model.filterProperty().set("");
        assertThat(model.entries()).hasSize(TileType.values().length);
    }

    @Test
    void describesEachEntryForScreenReaders() {
        assertThat(model.accessibleText(TileType.EMAIL)).isEqualTo("Email, channels: Sends a marketing email");
        assertThat(List.of(TileType.values())).allSatisfy(t -> assertThat(model.accessibleText(t)).contains(t.label()));
    }
}
