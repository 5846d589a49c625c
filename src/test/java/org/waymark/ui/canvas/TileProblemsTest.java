package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyProblem.Severity;

class TileProblemsTest {

    private final Set<String> tiles = Set.of("$.pipeline[0]", "$.pipeline[0].segments[0]", "$.pipeline[1]",
            "$.pipeline[10]");

    @Test
    void aProblemBelongsToTheDeepestTileOnItsPath() {
        TileProblems problems = new TileProblems(List.of(
                new JourneyProblem(Severity.ERROR, "$.pipeline[0].segments", "needs a segment"),
                new JourneyProblem(Severity.WARNING, "$.pipeline[0].segments[0].segment", "choose one"),
                new JourneyProblem(Severity.WARNING, "$.pipeline[10].email", "choose an email"),
                new JourneyProblem(Severity.ERROR, "$.settings.end", "must be later than start")), tiles);
        assertThat(problems.severity("$.pipeline[0]")).contains(Severity.ERROR);
        assertThat(problems.severity("$.pipeline[0].segments[0]")).contains(Severity.WARNING);
        assertThat(problems.of("$.pipeline[1]")).isEmpty();
        assertThat(problems.of("$.pipeline[10]")).extracting(JourneyProblem::message).containsExactly("choose an email");
        assertThat(problems.count(Severity.ERROR)).isEqualTo(2);
    }
}
