package org.waymark.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.Milestone;
import org.waymark.model.journey.MilestoneKind;
import org.waymark.model.journey.Recurrence;
import org.waymark.model.journey.Schedule;
import org.waymark.ui.SampleJourneys;
import org.waymark.ui.properties.FakeAssets;

class JourneySettingsViewModelTest {

    private final JourneySettingsViewModel model = new JourneySettingsViewModel(new FakeAssets());
    private final JourneySettings whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER).settings();
    private final ZoneId newYork = ZoneId.of("America/New_York");

    @Test
    void theEndMustComeAfterTheStart() {
        JourneySettingsViewModel.ScheduleCheck ok = model.schedule("2026-12-01", "09:00", "2027-03-01", "18:00", newYork);
        assertThat(ok.schedule()).isEqualTo(new Schedule(LocalDateTime.of(2026, 12, 1, 9, 0),
                LocalDateTime.of(2027, 3, 1, 18, 0), newYork));
        JourneySettingsViewModel.ScheduleCheck backwards = model.schedule("2026-12-01", "09:00", "2026-11-30", "09:00",
                newYork);
        assertThat(backwards.isValid()).isFalse();
        assertThat(backwards.startProblem()).isNull();
        assertThat(backwards.endProblem()).isEqualTo("The end must be later than the start (2026-12-01 09:00)");
        assertThat(model.schedule("2026-12-01", "09:00", "2026-12-01", "09:00", newYork).isValid()).isFalse();
        JourneySettingsViewModel.ScheduleCheck typo = model.schedule("2026-13-01", "09:00", "2027-01-01", "9", newYork);
        assertThat(typo.startProblem()).startsWith("'2026-13-01' is not a date");
        assertThat(typo.endProblem()).startsWith("'9' is not a time");
        assertThat(model.duration(ok.schedule())).isEqualTo("Runs 90 days 9 hours");
    }

    @Test
    void aRecurrenceThatDoesNotFitSaysTheNumbers() {
        JourneySettings weekly = model.with(whitePaper, d -> d.recurrence(new Recurrence(7, 20)));
        assertThat(model.recurrenceProblem(weekly)).contains("7 days × 20 = 140 days does not fit in the 90 days "
                + "between start and end: shorten the interval, lower the count or move the end");
        assertThat(model.recurrenceProblem(model.with(whitePaper, d -> d.recurrence(new Recurrence(7, 12))))).isEmpty();
        assertThat(model.recurrenceProblem(whitePaper)).isEmpty();
        JourneySettingsViewModel.RecurrenceCheck typed = model.recurrence("0", "x");
        assertThat(typed.isValid()).isFalse();
        assertThat(typed.intervalProblem()).isEqualTo("Enter a number from 1 to 36500");
        assertThat(typed.countProblem()).isEqualTo("'x' is not a whole number");
        assertThat(model.recurrence(" 30 ", "3").recurrence()).isEqualTo(new Recurrence(30, 3));
        assertThat(model.defaultRecurrence(whitePaper.schedule())).isEqualTo(new Recurrence(7, 12));
    }

    @Test
    void theSuppressionSegmentMustBeAStoredSegment() {
        assertThat(model.suppression("do not CONTACT").value()).isEqualTo("Do not contact");
        assertThat(model.suppression("").value()).isEmpty();
        assertThat(model.suppression("Nobody").problem()).isEqualTo("There is no segment named 'Nobody': pick one from the list");
        assertThat(model.suppressionProblem(whitePaper)).isEmpty();
        JourneySettings unknown = model.with(whitePaper, d -> d.suppressionSegment("Old list"));
        assertThat(model.suppressionProblem(unknown))
                .contains("There is no segment named 'Old list' in this store: nobody is suppressed");
        assertThat(model.with(whitePaper, d -> d.suppressionSegment("")).suppressionSegment()).isNull();
    }

    @Test
    void settingsChangeOneValueAndKeepTheRest() {
        assertThat(model.withName(whitePaper, "  ").problem()).isEqualTo("A journey needs a name");
        JourneySettings renamed = model.withName(whitePaper, "Renamed").value();
        assertThat(renamed).isEqualTo(whitePaper.withName("Renamed"));
        JourneySettings changed = model.with(whitePaper, d -> d.owner("Sam").minimumConsent(ConsentLevel.PROFILING));
        assertThat(changed.owner()).isEqualTo("Sam");
        assertThat(changed.minimumConsent()).isEqualTo(ConsentLevel.PROFILING);
        assertThat(changed.milestones()).isEqualTo(whitePaper.milestones());
        assertThat(changed.status()).isEqualTo(whitePaper.status());
    }

    @Test
    void timeZonesAreSearchedByName() {
        assertThat(model.zones()).contains("Europe/Paris", "America/Chicago").isSorted();
        assertThat(model.zone("europe/paris").value()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(model.zone("Paris").problem()).startsWith("There is no time zone 'Paris'");
    }

    @Test
    void milestonesAreListedInTheJourneysZone() {
        assertThat(model.milestones(whitePaper))
                .containsExactly("2 Nov 2026 09:00 · Created — Created from the newsletter-with-reminder template");
        JourneySettings none = new JourneySettings("x", "", "", "", whitePaper.target(), whitePaper.minimumConsent(),
                whitePaper.scope(), whitePaper.schedule(), "", null, null, whitePaper.status(), List.of());
        assertThat(model.milestones(none)).containsExactly("No milestones yet");
        assertThat(List.of(new Milestone(Instant.EPOCH, MilestoneKind.WENT_LIVE, ""))).hasSize(1);
    }
}
