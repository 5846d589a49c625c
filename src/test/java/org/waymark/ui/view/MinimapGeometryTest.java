package org.waymark.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.waymark.ui.canvas.Box;

class MinimapGeometryTest {

    /** A 4000 × 1000 drawing on a 240 × 150 map with an 8 px margin: 224 / 4000 = 0.056 map px per canvas px. */
    private final MinimapGeometry map = new MinimapGeometry(4000, 1000, 240, 150, 8);

    @Test
    void scalesTheWholeDrawingIntoTheMapCentred() {
        assertThat(map.scale()).isCloseTo(0.056, within(1e-9));
        assertThat(map.originX()).isCloseTo(8, within(1e-9));
        assertThat(map.originY()).isCloseTo((150 - 56) / 2.0, within(1e-9));
        Box tile = map.toMap(new Box(1000, 500, 248, 84));
        assertThat(tile.x()).isCloseTo(8 + 56, within(1e-9));
        assertThat(tile.y()).isCloseTo(47 + 28, within(1e-9));
        assertThat(tile.width()).isCloseTo(248 * 0.056, within(1e-9));
    }

    @Test
    void theViewportRectangleIsTheVisiblePartOfTheCanvas() {
        // zoom 2: a 1200 × 600 viewport scrolled 2000, 400 content px shows canvas 1000..1600 × 200..500
        Box viewport = map.viewport(2000, 400, 1200, 600, 2);
        assertThat(viewport.x()).isCloseTo(8 + 1000 * 0.056, within(1e-9));
        assertThat(viewport.y()).isCloseTo(47 + 200 * 0.056, within(1e-9));
        assertThat(viewport.width()).isCloseTo(600 * 0.056, within(1e-9));
        assertThat(viewport.height()).isCloseTo(300 * 0.056, within(1e-9));
    }

    @Test
    void theViewportIsCutToTheDrawing() {
        Box viewport = map.viewport(3500, 0, 1200, 1400, 1);
        assertThat(viewport.right()).isCloseTo(8 + 4000 * 0.056, within(1e-9));
        assertThat(viewport.height()).isCloseTo(1000 * 0.056, within(1e-9));
    }

    @Test
    void aClickOnTheMapCentresTheCanvasThere() {
        double canvasX = map.canvasX(8 + 2000 * 0.056);
        double canvasY = map.canvasY(47 + 250 * 0.056);
        assertThat(canvasX).isCloseTo(2000, within(1e-6));
        assertThat(canvasY).isCloseTo(250, within(1e-6));
        assertThat(MinimapGeometry.offsetToCentre(canvasX, 1.5, 1000)).isCloseTo(2500, within(1e-6));
    }

    @Test
    void roundTripsBetweenTheViewportAndTheScrollValues() {
        double zoom = 1.25;
        double contentWidth = 4000 * zoom;
        double viewportWidth = 900;
        double hvalue = 0.37;
        double offset = ScrollGeometry.offset(hvalue, 0, 1, contentWidth, viewportWidth);
        Box shown = map.viewport(offset, 0, viewportWidth, 400, zoom);
        double centre = map.canvasX(shown.x() + shown.width() / 2);
        double back = ScrollGeometry.value(MinimapGeometry.offsetToCentre(centre, zoom, viewportWidth), 0, 1, contentWidth,
                viewportWidth);
        assertThat(back).isCloseTo(hvalue, within(1e-9));
    }

    @Test
    void knowsWhenTheWholeDrawingFits() {
        assertThat(MinimapGeometry.fits(1000, 500, 1, 1000, 600)).isTrue();
        assertThat(MinimapGeometry.fits(1000, 500, 1.2, 1000, 600)).isFalse();
        assertThat(MinimapGeometry.fits(1000, 700, 0.5, 1000, 600)).isTrue();
    }

    @Test
    void theMapIsAsHighAsTheJourneysShapeNeedsWithinLimits() {
        assertThat(MinimapGeometry.heightFor(4000, 1000, 240, 8, 72, 180)).isCloseTo(16 + 56, within(1e-9));
        assertThat(MinimapGeometry.heightFor(4000, 2000, 240, 8, 72, 180)).isCloseTo(16 + 112, within(1e-9));
        assertThat(MinimapGeometry.heightFor(8000, 500, 240, 8, 72, 180)).isEqualTo(72);
        assertThat(MinimapGeometry.heightFor(1000, 9000, 240, 8, 72, 180)).isEqualTo(180);
        assertThat(MinimapGeometry.heightFor(0, 0, 240, 8, 72, 180)).isEqualTo(72);
    }

    @Test
    void anEmptyDrawingHasNoScale() {
        MinimapGeometry empty = new MinimapGeometry(0, 0, 240, 150, 8);
        assertThat(empty.scale()).isZero();
        assertThat(empty.canvasX(100)).isZero();
    }
}
