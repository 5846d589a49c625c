package org.waymark.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Schedule;
import org.waymark.model.tile.ReleaseWindow;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.Wait;
import org.waymark.ui.properties.WaitViewModel.Form;
import org.waymark.ui.properties.WaitViewModel.Unit;

class WaitAndSchedulerViewModelTest {

    private final WaitViewModel waits = new WaitViewModel();
    private final SchedulerViewModel schedulers = new SchedulerViewModel();
    private final Schedule schedule = new Schedule(LocalDateTime.of(2026, 12, 1, 9, 0),
            LocalDateTime.of(2027, 3, 1, 18, 0), ZoneId.of("America/New_York"));

    @Test
    void durationsAreShownInTheLargestExactUnit() {
        assertThat(waits.formOf(Wait.forDuration(Duration.ofDays(7)), schedule))
                .isEqualTo(new Form(false, "7", Unit.DAYS, "2026-12-02", "09:00"));
        assertThat(waits.formOf(Wait.forDuration(Duration.ofHours(36)), schedule).amount()).isEqualTo("36");
        assertThat(waits.formOf(Wait.forDuration(Duration.ofMinutes(90)), schedule).unit()).isEqualTo(Unit.MINUTES);
        assertThat(waits.formOf(Wait.until(LocalDateTime.of(2027, 3, 1, 12, 0)), schedule))
                .isEqualTo(new Form(true, "1", Unit.DAYS, "2027-03-01", "12:00"));
    }

    @Test
    void aDurationMustBeAPositiveWholeNumber() {
        assertThat(waits.parse(new Form(false, " 3 ", Unit.HOURS, "", "")).value())
                .isEqualTo(Wait.forDuration(Duration.ofHours(3)));
        assertThat(waits.parse(new Form(false, "0", Unit.DAYS, "", "")).problem())
                .isEqualTo("The wait must be positive: enter 1 or more days");
        assertThat(waits.parse(new Form(false, "-2", Unit.DAYS, "", "")).isValid()).isFalse();
        assertThat(waits.parse(new Form(false, "two", Unit.DAYS, "", "")).problem())
                .isEqualTo("'two' is not a whole number of days");
        assertThat(waits.parse(new Form(false, "", Unit.MINUTES, "", "")).problem()).isEqualTo("Enter how many minutes");
        assertThat(waits.parse(new Form(false, "5000", Unit.DAYS, "", "")).problem()).isEqualTo("That is more than ten years");
    }

    @Test
    void untilNeedsADateAndATime() {
        assertThat(waits.parse(new Form(true, "", Unit.DAYS, "2027-01-15", "9:30")).value())
                .isEqualTo(Wait.until(LocalDateTime.of(2027, 1, 15, 9, 30)));
        assertThat(waits.parse(new Form(true, "", Unit.DAYS, "15/01/2027", "09:30")).problem())
                .startsWith("'15/01/2027' is not a date");
        assertThat(waits.parse(new Form(true, "", Unit.DAYS, "2027-02-30", "09:30")).isValid()).isFalse();
        assertThat(waits.parse(new Form(true, "", Unit.DAYS, "2027-01-15", "25:00")).problem())
                .startsWith("'25:00' is not a time");
        assertThat(waits.note(Wait.until(LocalDateTime.of(2026, 11, 1, 0, 0)), schedule)).get().asString()
                .contains("not after the journey starts (2026-12-01 09:00)");
        assertThat(waits.note(Wait.until(LocalDateTime.of(2027, 1, 1, 0, 0)), schedule)).isEmpty();
        assertThat(waits.note(Wait.forDuration(Duration.ofDays(900)), schedule)).isEmpty();
    }

    @Test
    void aReleaseWindowNeedsADayAndEndsAfterItStarts() {
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(schedulers.window(weekdays, "09:00", "17:30").window())
                .isEqualTo(new ReleaseWindow(weekdays, LocalTime.of(9, 0), LocalTime.of(17, 30)));
        SchedulerViewModel.WindowCheck backwards = schedulers.window(weekdays, "17:00", "09:00");
        assertThat(backwards.isValid()).isFalse();
        assertThat(backwards.toProblem()).isEqualTo("'To' must be later than 'from' (17:00) on the same day");
        assertThat(backwards.fromProblem()).isNull();
        SchedulerViewModel.WindowCheck noDays = schedulers.window(Set.of(), "9:00", "x");
        assertThat(noDays.daysProblem()).isEqualTo("Choose at least one weekday on which contacts may leave");
        assertThat(noDays.toProblem()).startsWith("'x' is not a time");
        assertThat(schedulers.defaultWindow().orderedDays()).hasSize(5);
    }

    @Test
    void theSchedulerChangesItsDelayOrWindow() {
        SchedulerTile tile = new SchedulerTile("s", "Wait", Wait.forDuration(Duration.ofDays(1)), null);
        SchedulerTile windowed = schedulers.withWindow(schedulers.withDelay(tile, Wait.forDuration(Duration.ofHours(2))),
                schedulers.defaultWindow());
        assertThat(windowed).isEqualTo(new SchedulerTile("s", "Wait", Wait.forDuration(Duration.ofHours(2)),
                schedulers.defaultWindow()));
        assertThat(schedulers.withWindow(windowed, null).window()).isEmpty();
    }
}
