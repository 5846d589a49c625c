package org.waymark.ui.properties;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.model.journey.Schedule;
import org.waymark.model.tile.Wait;

/**
 * A wait as the designer shows it: "after N minutes, hours or days", or "until a date and time" in the
 * journey's time zone; parsing what was typed back into a {@link Wait}.
 */
public final class WaitViewModel {

    /** The units a duration is typed in. */
    public enum Unit {
        MINUTES(Duration.ofMinutes(1)),
        HOURS(Duration.ofHours(1)),
        DAYS(Duration.ofDays(1));

        private final Duration length;

        Unit(Duration length) {
            this.length = length;
        }

        public String label() {
            return Texts.sentence(this).toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Duration LONGEST = Duration.ofDays(3653);
    /** An amount with its unit typed after it: "7d", "7 days", "12h", "30 min", "2w". */
    private static final Pattern WITH_UNIT = Pattern.compile(
            "(\\d+)\\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)?");

    /** The fields of a wait as text: {@code until} chooses between the amount and the date-time. */
    public record Form(boolean until, String amount, Unit unit, String date, String time) {
    }

    /**
     * How the fields show {@code wait}: a duration in the largest unit that counts it exactly; the fields of
     * the other kind get a starting value (a day, or the day after the journey starts at 09:00).
     */
    public Form formOf(Wait wait, Schedule schedule) {
        LocalDateTime dayAfterStart = schedule.start().toLocalDate().plusDays(1).atTime(9, 0);
        if (wait instanceof Wait.Until u) {
            return new Form(true, "1", Unit.DAYS, Texts.format(u.moment().toLocalDate()),
                    Texts.format(u.moment().toLocalTime()));
        }
        Duration duration = ((Wait.For) wait).duration();
        Unit unit = Unit.MINUTES;
        for (Unit candidate : Unit.values()) {
            if (duration.toMillis() % candidate.length.toMillis() == 0) {
                unit = candidate;
            }
        }
        long amount = Math.max(1, duration.toMillis() / unit.length.toMillis());
        return new Form(false, Long.toString(amount), unit, Texts.format(dayAfterStart.toLocalDate()),
                Texts.format(dayAfterStart.toLocalTime()));
    }

    /**
     * A duration must be a whole number of units, at least one; the amount may carry its unit ("7d", "12h",
     * "30m", "2w"), which then wins over the chosen one. A moment must be a valid date and time.
     */
    public Checked<Wait> parse(Form form) {
        if (form.until()) {
            Checked<LocalDate> date = Texts.date(form.date());
            if (!date.isValid()) {
                return Checked.invalid(date.problem());
            }
            Checked<LocalTime> time = Texts.time(form.time());
            return time.map(t -> Wait.until(date.value().atTime(t)));
        }
        String text = Texts.orEmpty(form.amount()).trim();
        Matcher typed = WITH_UNIT.matcher(text.toLowerCase(java.util.Locale.ROOT));
        Unit unit = form.unit();
        long weeks = 1;
        if (typed.matches() && typed.group(2) != null) {
            String suffix = typed.group(2);
            weeks = suffix.startsWith("w") ? 7 : 1;
            unit = suffix.startsWith("m") ? Unit.MINUTES : suffix.startsWith("h") ? Unit.HOURS : Unit.DAYS;
            text = typed.group(1);
        }
        String units = unit.label();
        if (text.isEmpty()) {
            return Checked.invalid("Enter how many " + units);
        }
        long amount;
        try {
            amount = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Checked.invalid("'" + text + "' is not a whole number of " + units);
        }
        if (amount <= 0) {
            return Checked.invalid("The wait must be positive: enter 1 or more " + units);
        }
        Duration duration = unit.length.multipliedBy(amount).multipliedBy(weeks);
        if (duration.compareTo(LONGEST) > 0) {
            return Checked.invalid("That is more than ten years");
        }
        return Checked.ok(Wait.forDuration(duration));
    }

    /**
     * A note when a wait "until" lies outside the journey's schedule: contacts would leave at once, or only
     * when the journey has ended.
     */
    public Optional<String> note(Wait wait, Schedule schedule) {
        if (!(wait instanceof Wait.Until u)) {
            return Optional.empty();
        }
        if (!u.moment().isAfter(schedule.start())) {
            return Optional.of("This is not after the journey starts (" + moment(schedule.start())
                    + "): contacts will not wait at all");
        }
        if (!u.moment().isBefore(schedule.end())) {
            return Optional.of("This is not before the journey ends (" + moment(schedule.end())
                    + "): contacts will still be waiting when it ends");
        }
        return Optional.empty();
    }

    private static String moment(LocalDateTime moment) {
        return Texts.format(moment.toLocalDate()) + " " + Texts.format(moment.toLocalTime());
    }
}
