package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesignerRegionTest {

    @Test
    void f6CyclesToolboxCanvasPropertiesAndShiftF6Back() {
        assertThat(DesignerRegion.next(null, false)).isEqualTo(DesignerRegion.CANVAS);
        assertThat(DesignerRegion.next(DesignerRegion.TOOLBOX, false)).isEqualTo(DesignerRegion.CANVAS);
        assertThat(DesignerRegion.next(DesignerRegion.CANVAS, false)).isEqualTo(DesignerRegion.PROPERTIES);
        assertThat(DesignerRegion.next(DesignerRegion.PROPERTIES, false)).isEqualTo(DesignerRegion.TOOLBOX);
        assertThat(DesignerRegion.next(DesignerRegion.TOOLBOX, true)).isEqualTo(DesignerRegion.PROPERTIES);
        assertThat(DesignerRegion.next(DesignerRegion.CANVAS, true)).isEqualTo(DesignerRegion.TOOLBOX);
    }
}
