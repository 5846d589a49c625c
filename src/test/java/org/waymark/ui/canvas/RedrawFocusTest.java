package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.ui.canvas.RedrawFocus.Target;

class RedrawFocusTest {

    private final List<String> now = List.of("audience", "offer", "trigger", "lead");

    @Test
    void theSelectedTileKeepsTheFocus() {
        assertThat(RedrawFocus.choose("trigger", "offer", 1, now)).contains(new Target("trigger", false));
    }

    @Test
    void withoutASelectionTheFocusedCardKeepsIt() {
        assertThat(RedrawFocus.choose(null, "offer", 1, now)).contains(new Target("offer", false));
        assertThat(RedrawFocus.choose("gone", "offer", 1, now)).contains(new Target("offer", false));
    }

    @Test
    void whenTheFocusedTileIsGoneTheTileAtItsPlaceIsFocusedAndSelected() {
        assertThat(RedrawFocus.choose(null, "pause", 2, now)).contains(new Target("trigger", true));
        assertThat(RedrawFocus.choose(null, "score", 9, now)).contains(new Target("lead", true));
    }

    @Test
    void withNoTileLeftOrNoCardFocusedTheCanvasTakesIt() {
        assertThat(RedrawFocus.choose(null, "pause", 0, List.of())).isEmpty();
        assertThat(RedrawFocus.choose(null, null, -1, now)).isEmpty();
    }
}
