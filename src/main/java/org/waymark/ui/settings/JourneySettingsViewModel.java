package org.waymark.ui.settings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.Milestone;
import org.waymark.model.journey.Recurrence;
import org.waymark.model.journey.Schedule;
import org.waymark.ui.properties.AssetReferenceViewModel;
import org.waymark.ui.properties.Checked;
import org.waymark.ui.properties.Texts;

/**
 * The journey's general settings as the form edits them: checking what was typed (a name, the schedule, the
 * recurrence, the suppression segment), the settings with one value changed, and what needs a flag.
 * Values the journey file could not hold (no name, an end before the start) are refused; values that
 * "check for errors" reports (a recurrence that does not fit) are applied and flagged.
 */
public final class JourneySettingsViewModel {

    private static final DateTimeFormatter MILESTONE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final AssetCatalog catalog;

    public JourneySettingsViewModel(AssetCatalog catalog) {
        this.catalog = catalog;
    }

    /** The settings with some values changed; {@code change} edits a mutable copy. */
    public JourneySettings with(JourneySettings s, UnaryOperator<Draft> change) {
        return change.apply(new Draft(s)).build();
    }

    public Checked<JourneySettings> withName(JourneySettings s, String name) {
        if (Texts.isBlank(name)) {
            return Checked.invalid("A journey needs a name");
        }
        return Checked.ok(with(s, d -> d.name(name)));
    }

    /** The schedule from its four fields; each problem belongs to one field. */
    public ScheduleCheck schedule(String startDate, String startTime, String endDate, String endTime, ZoneId zone) {
        Checked<LocalDateTime> start = moment(startDate, startTime);
        Checked<LocalDateTime> end = moment(endDate, endTime);
        if (start.isValid() && end.isValid() && !end.value().isAfter(start.value())) {
            return new ScheduleCheck(null, null, "The end must be later than the start (" + format(start.value()) + ")");
        }
        Schedule schedule = start.isValid() && end.isValid() ? new Schedule(start.value(), end.value(), zone) : null;
        return new ScheduleCheck(schedule, start.problem(), end.problem());
    }

    /** Checking the schedule's fields: the schedule when all hold, else what is wrong with the start and the end. */
    public record ScheduleCheck(Schedule schedule, String startProblem, String endProblem) {
        public boolean isValid() {
            return schedule != null;
        }
    }

    /** How long the journey runs, for a note under the end: "Runs 90 days 9 hours". */
    public String duration(Schedule schedule) {
        Duration length = Duration.between(schedule.start(), schedule.end());
        String text = "Runs " + Texts.plural(length.toDays(), "day");
        return length.toHoursPart() == 0 ? text : text + " " + Texts.plural(length.toHoursPart(), "hour");
    }

    /** Every time zone, sorted, for the searchable list. */
    public List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }

    public Checked<ZoneId> zone(String typed) {
        String trimmed = Texts.orEmpty(typed).trim();
        return zones().stream().filter(z -> z.equalsIgnoreCase(trimmed)).findFirst().map(z -> Checked.ok(ZoneId.of(z)))
                .orElseGet(() -> Checked.invalid(trimmed.isEmpty() ? "Choose a time zone"
                        : "There is no time zone '" + trimmed + "': pick one from the list, e.g. Europe/Paris"));
    }

    /** Interval and count of a recurring journey: whole numbers, 1 or more; each problem belongs to one field. */
    public RecurrenceCheck recurrence(String intervalDays, String count) {
        Checked<Integer> interval = Texts.wholeNumber(intervalDays, 1, 36_500, "the days each recurrence lasts");
        Checked<Integer> times = Texts.wholeNumber(count, 1, 10_000, "how many times contacts go through");
        Recurrence recurrence = interval.isValid() && times.isValid() ? new Recurrence(interval.value(), times.value())
                : null;
        return new RecurrenceCheck(recurrence, interval.problem(), times.problem());
    }

    /** Checking the recurrence's fields: the recurrence when both hold, else what is wrong with each. */
    public record RecurrenceCheck(Recurrence recurrence, String intervalProblem, String countProblem) {
        public boolean isValid() {
            return recurrence != null;
        }
    }

    /** The recurrence a journey gets when switched to recurring: weekly, as often as fits (at least once). */
    public Recurrence defaultRecurrence(Schedule schedule) {
        long days = Duration.between(schedule.start(), schedule.end()).toDays();
        return new Recurrence(7, (int) Math.max(1, Math.min(52, days / 7)));
    }

    /** A flag when interval × count does not fit between start and end, with the numbers. */
    public Optional<String> recurrenceProblem(JourneySettings s) {
        if (s.recurrence() == null || !s.schedule().endsAfterStart()) {
            return Optional.empty();
        }
        Recurrence r = s.recurrence();
        long available = Duration.between(s.schedule().start(), s.schedule().end()).toDays();
        if (r.totalDays() <= available) {
            return Optional.empty();
        }
        return Optional.of(r.intervalDays() + " days × " + r.count() + " = " + r.totalDays() + " days does not fit in the "
                + available + " days between start and end: shorten the interval, lower the count or move the end");
    }

    public List<String> segments() {
        return catalog.names(AssetKind.SEGMENT);
    }

    /** A typed suppression segment: empty for none, else a stored segment's name. */
    public Checked<String> suppression(String typed) {
        return AssetReferenceViewModel.checkName(segments(), typed, AssetKind.SEGMENT.label());
    }

    /** A flag when the suppression segment is not in this store (e.g. after importing a file). */
    public Optional<String> suppressionProblem(JourneySettings s) {
        String segment = s.suppressionSegment();
        if (Texts.isBlank(segment) || segments().contains(segment)) {
            return Optional.empty();
        }
        return Optional.of("There is no segment named '" + segment + "' in this store: nobody is suppressed");
    }

    /** The life-cycle history, one line per milestone, times in the journey's zone. */
    public List<String> milestones(JourneySettings s) {
        if (s.milestones().isEmpty()) {
            return List.of("No milestones yet");
        }
        return s.milestones().stream().map(m -> line(m, s.schedule().zone())).toList();
    }

    private static String line(Milestone m, ZoneId zone) {
        String text = MILESTONE.format(m.at().atZone(zone)) + " · " + Texts.sentence(m.kind());
        return Texts.isBlank(m.detail()) ? text : text + " — " + m.detail();
    }

    private static Checked<LocalDateTime> moment(String dateText, String timeText) {
        Checked<LocalDate> date = Texts.date(dateText);
        if (!date.isValid()) {
            return Checked.invalid(date.problem());
        }
        Checked<LocalTime> time = Texts.time(timeText);
        return time.map(t -> date.value().atTime(t));
    }

    private static String format(LocalDateTime moment) {
        return Texts.format(moment.toLocalDate()) + " " + Texts.format(moment.toLocalTime());
    }
}
