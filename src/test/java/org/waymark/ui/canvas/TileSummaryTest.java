package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.ActivityKind;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.Membership;
import org.waymark.model.tile.ReleaseWindow;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.SegmentCombination;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentSource;
import org.waymark.model.tile.SegmentTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.Wait;
import org.waymark.ui.SampleJourneys;

class TileSummaryTest {

    private final TileSummary summary = new TileSummary();
    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);

    @Test
    void summarisesTheReferenceJourneysTiles() {
        assertThat(of("audience")).isEqualTo("Union of 1 segment");
        assertThat(of("ny-subscribers")).isEqualTo("Included segment");
        assertThat(of("offer")).isEqualTo("White paper offer");
        assertThat(of("download-page")).isEqualTo("Playbook download page");
        assertThat(of("clicked-download")).isEqualTo("clicked a specific link · timeout 7 days");
        assertThat(of("pause")).isEqualTo("Wait 3 days, Mon–Fri 09:00–17:00");
        assertThat(of("lead")).isEqualTo("Interested in the marketing playbook");
        assertThat(of("call")).isEqualTo("Phone call for Sales team");
        assertThat(of("score")).isEqualTo("Lead scoring");
    }

    @Test
    void summarisesSplittersAndInboundStarts() {
        Journey welcome = SampleJourneys.read(SampleJourneys.WELCOME);
        Tile splitter = welcome.pipeline().get(welcome.pipeline().size() - 1);
        assertThat(summary.of(splitter)).isEqualTo("2 branches by percentage");
        assertThat(summary.of(welcome.pipeline().get(0))).isNotBlank();
    }

    @Test
    void saysWhatIsMissing() {
        assertThat(summary.of(new EmailTile("e", "", "", List.of()))).isEqualTo("No email chosen");
        assertThat(summary.of(new SegmentGroupTile("g", "", SegmentCombination.UNION, List.of())))
                .isEqualTo("No segments yet");
        assertThat(summary.of(new SegmentTile("s", "", SegmentSource.SUBSCRIPTION_LIST, "", Membership.INCLUDE)))
                .isEqualTo("No subscription list chosen");
    }

    @Test
    void countsIncludedAndExcludedSegments() {
        SegmentGroupTile group = new SegmentGroupTile("g", "", SegmentCombination.INTERSECTION, List.of(
                new SegmentTile("a", "", SegmentSource.SEGMENT, "A", Membership.INCLUDE),
                new SegmentTile("b", "", SegmentSource.SEGMENT, "B", Membership.INCLUDE),
                new SegmentTile("c", "", SegmentSource.SEGMENT, "C", Membership.EXCLUDE)));
        assertThat(summary.of(group)).isEqualTo("Intersection of 2 segments, 1 excluded");
    }

    @Test
    void describesWaitsAndWindows() {
        assertThat(summary.wait(Wait.forDuration(Duration.ofHours(36)))).isEqualTo("1 day 12 hours");
        assertThat(summary.wait(Wait.until(LocalDateTime.of(2027, 3, 14, 9, 0)))).isEqualTo("until 14 Mar 2027 09:00");
        SchedulerTile weekend = new SchedulerTile("s", "", Wait.forDuration(Duration.ofMinutes(30)),
                new ReleaseWindow(Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(12, 0)));
        assertThat(summary.of(weekend)).isEqualTo("Wait 30 minutes, Mon, Sat 08:00–12:00");
        assertThat(TileSummary.days(List.of(DayOfWeek.values()))).isEqualTo("every day");
    }

    @Test
    void marksActionsPerAccount() {
        ActivityTile task = new ActivityTile("t", "", ActivityKind.TASK, "Call", "", ActionTarget.ACCOUNT);
        assertThat(summary.of(task)).isEqualTo("Task for the journey owner · per account");
    }

    private String of(String id) {
        return summary.of(PipelineWalker.find(whitePaper.pipeline(), id).orElseThrow().tile());
    }
}
