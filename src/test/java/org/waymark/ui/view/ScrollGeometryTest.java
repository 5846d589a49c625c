package org.waymark.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScrollGeometryTest {

    @Test
    void convertsBetweenScrollValuesAndPixelOffsets() {
        assertThat(ScrollGeometry.offset(0.5, 0, 1, 3000, 1000)).isEqualTo(1000);
        assertThat(ScrollGeometry.value(1000, 0, 1, 3000, 1000)).isEqualTo(0.5);
        assertThat(ScrollGeometry.offset(50, 0, 100, 3000, 1000)).isEqualTo(1000);
        assertThat(ScrollGeometry.value(1000, 0, 100, 3000, 1000)).isEqualTo(50);
    }

    @Test
    void clampsOffsetsToTheContentAndIgnoresContentThatFits() {
        assertThat(ScrollGeometry.value(-40, 0, 1, 3000, 1000)).isEqualTo(0);
        assertThat(ScrollGeometry.value(2500, 0, 1, 3000, 1000)).isEqualTo(1);
        assertThat(ScrollGeometry.value(300, 0, 1, 800, 1000)).isEqualTo(0);
        assertThat(ScrollGeometry.offset(0.7, 0, 1, 800, 1000)).isEqualTo(0);
    }

    @Test
    void zoomingAroundThePointerKeepsTheContentPointUnderIt() {
        double offset = 400;
        double pointer = 250;
        double contentPointBefore = (offset + pointer) / 1.0;
        double after = ScrollGeometry.offsetAfterZoom(offset, pointer, 2.0);
        assertThat((after + pointer) / 2.0).isCloseTo(contentPointBefore, within(1e-9));
        assertThat(after).isEqualTo(1050);
        assertThat(ScrollGeometry.offsetAfterZoom(0, 0, 1.5)).isEqualTo(0);
    }

    @Test
    void oneWheelNotchZoomsByTenPercentWithinTheLimits() {
        assertThat(ScrollGeometry.wheelZoom(1.0, 40, 0.5, 2.0)).isCloseTo(1.1, within(1e-9));
        assertThat(ScrollGeometry.wheelZoom(1.0, -40, 0.5, 2.0)).isCloseTo(1 / 1.1, within(1e-9));
        assertThat(ScrollGeometry.wheelZoom(1.9, 400, 0.5, 2.0)).isEqualTo(2.0);
        assertThat(ScrollGeometry.wheelZoom(0.6, -400, 0.5, 2.0)).isEqualTo(0.5);
    }
}
