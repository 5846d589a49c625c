package org.waymark.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private final Rectangle2D primary = new Rectangle2D(0, 0, 1920, 1040);
    private final Rectangle2D right = new Rectangle2D(1920, 0, 1280, 1024);
    private final WindowPlacement placement = new WindowPlacement(1280, 800);

    @Test
    void withoutSavedBoundsTheWindowIsCentred() {
        assertThat(placement.place(Optional.empty(), List.of(primary), primary))
                .isEqualTo(new WindowBounds(320, 120, 1280, 800, false));
    }

    @Test
    void savedBoundsOnAnyScreenAreKept() {
        WindowBounds onRight = new WindowBounds(2000, 100, 1000, 700, true);
        assertThat(placement.place(Optional.of(onRight), List.of(primary, right), primary)).isEqualTo(onRight);
    }

    @Test
    void boundsOffEveryScreenAreCentredWithTheirSize() {
        WindowBounds gone = new WindowBounds(2000, 100, 1000, 700, false);
        assertThat(placement.place(Optional.of(gone), List.of(primary), primary))
                .isEqualTo(new WindowBounds(460, 170, 1000, 700, false));
        WindowBounds titleBarAbove = new WindowBounds(100, -500, 1000, 700, false);
        assertThat(placement.place(Optional.of(titleBarAbove), List.of(primary), primary).y()).isEqualTo(170);
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToIt() {
        WindowBounds huge = new WindowBounds(0, 0, 4000, 3000, false);
        assertThat(placement.place(Optional.of(huge), List.of(primary), primary))
                .isEqualTo(new WindowBounds(0, 0, 1920, 1040, false));
    }
}
