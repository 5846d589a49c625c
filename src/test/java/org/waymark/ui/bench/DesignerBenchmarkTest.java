package org.waymark.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The benchmark runs end to end on the real canvas; its times are not checked. */
@ExtendWith(ApplicationExtension.class)
class DesignerBenchmarkTest {

    @Start
    void start(Stage stage) {
        // the toolkit is all the benchmark needs
    }

    @Test
    void measuresEveryFigureAgainstItsBaseline(FxRobot robot) {
        DesignerBenchmark.Result[] result = new DesignerBenchmark.Result[1];
        robot.interact(() -> result[0] = new DesignerBenchmark(60, 0, 1).run());
        assertThat(result[0].tiles()).isEqualTo(60);
        assertThat(result[0].figures()).extracting(DesignerBenchmark.Figure::baseline)
                .containsExactly("itself", "labels", "labels", "itself", "bare move", "bare move");
        assertThat(result[0].figures()).allSatisfy(f -> assertThat(f.value()).isPositive());
        assertThat(result[0].targets()).extracting(DesignerBenchmark.Target::limitMillis).containsExactly(1000.0, 16.0);
    }
}
