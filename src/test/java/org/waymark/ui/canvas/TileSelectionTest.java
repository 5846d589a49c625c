package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Journey;
import org.waymark.ui.SampleJourneys;

class TileSelectionTest {

    private final Journey journey = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final TileSelection selection = new TileSelection();

    @Test
    void aClickSelectsOneTileAndCtrlClickTogglesOthers() {
        selection.select("offer");
        selection.toggle("lead");
        selection.toggle("pause");
        assertThat(selection.ids()).containsExactly("offer", "lead", "pause");
        assertThat(selection.primaryProperty().get()).isEqualTo("pause");
        selection.toggle("lead");
        assertThat(selection.ids()).containsExactly("offer", "pause");
        selection.select("call");
        assertThat(selection.ids()).containsExactly("call");
        selection.select(null);
        assertThat(selection.primaryProperty().get()).isNull();
    }

    @Test
    void shiftClickExtendsAlongThePath() {
        selection.select("lead");
        selection.extendTo(journey, "webinar-invite");
        assertThat(selection.ids()).containsExactly("lead", "pause", "webinar-invite");
        selection.extendTo(journey, "reminder");
        assertThat(selection.ids()).containsExactly("lead", "pause", "webinar-invite", "reminder");
    }

    @Test
    void tilesThatLeaveTheJourneyLeaveTheSelection() {
        selection.ids().setAll(List.of("offer", "gone", "lead"));
        selection.retain(List.of("offer", "lead"));
        assertThat(selection.ids()).containsExactly("offer", "lead");
    }
}
