package org.waymark.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PictureFormatTest {

    @Test
    void suggestsAFileNameFromTheJourneyName() {
        assertThat(PictureFormat.PNG.suggestedFileName("New York white paper")).isEqualTo("New York white paper.png");
        assertThat(PictureFormat.SVG.suggestedFileName("A/B test: spring?")).isEqualTo("A B test spring.svg");
        assertThat(PictureFormat.SVG.suggestedFileName("  ")).isEqualTo("journey.svg");
    }

    @Test
    void addsTheExtensionWhenItIsMissing() {
        assertThat(PictureFormat.PNG.withExtension(Path.of("/tmp/out"))).isEqualTo(Path.of("/tmp/out.png"));
        assertThat(PictureFormat.SVG.withExtension(Path.of("/tmp/out.SVG"))).isEqualTo(Path.of("/tmp/out.SVG"));
        assertThat(PictureFormat.of(Path.of("x.svg"))).isEqualTo(PictureFormat.SVG);
        assertThat(PictureFormat.of(Path.of("x"))).isEqualTo(PictureFormat.PNG);
    }

    @Test
    void capsThePngScaleOfHugeJourneys() {
        assertThat(PictureFormat.pngScale(2000, 800, 3)).isEqualTo(3);
        double scale = PictureFormat.pngScale(20_000, 15_000, 3);
        assertThat(scale).isLessThan(3);
        assertThat(20_000 * scale * 15_000 * scale).isLessThanOrEqualTo(PictureFormat.MAX_PIXELS + 1);
        assertThat(PictureFormat.pngScale(40_000, 100, 2) * 40_000).isLessThanOrEqualTo(PictureFormat.MAX_SIDE);
    }
}
