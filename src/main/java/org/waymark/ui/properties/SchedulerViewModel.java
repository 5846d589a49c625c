package org.waymark.ui.properties;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.waymark.model.tile.ReleaseWindow;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.Wait;

/** The scheduler's settings: how long it holds contacts, and the optional window in which it lets them go. */
public final class SchedulerViewModel {

    /** The window a scheduler gets when the user switches it on: office hours on weekdays. */
    public ReleaseWindow defaultWindow() {
        return new ReleaseWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0));
    }

    /** A window needs at least one weekday and a "to" time after its "from" time (it ends on the same day). */
    public WindowCheck window(Set<DayOfWeek> days, String fromText, String toText) {
        String daysProblem = days.isEmpty() ? "Choose at least one weekday on which contacts may leave" : null;
        Checked<LocalTime> from = Texts.time(fromText);
        Checked<LocalTime> to = Texts.time(toText);
        String toProblem = to.problem();
        if (from.isValid() && to.isValid() && !to.value().isAfter(from.value())) {
            toProblem = "'To' must be later than 'from' (" + Texts.format(from.value()) + ") on the same day";
        }
        ReleaseWindow window = daysProblem == null && from.isValid() && toProblem == null
                ? new ReleaseWindow(days, from.value(), to.value()) : null;
        return new WindowCheck(window, daysProblem, from.problem(), toProblem);
    }

    /** The outcome of checking a window's fields: the window when all are valid, else a problem per field. */
    public record WindowCheck(ReleaseWindow window, String daysProblem, String fromProblem, String toProblem) {
        public boolean isValid() {
            return window != null;
        }
    }

    public SchedulerTile withDelay(SchedulerTile t, Wait delay) {
        return new SchedulerTile(t.id(), t.name(), delay, t.releaseWindow());
    }

    /** A null window releases contacts as soon as the delay has passed. */
    public SchedulerTile withWindow(SchedulerTile t, ReleaseWindow window) {
        return new SchedulerTile(t.id(), t.name(), t.delay(), window);
    }
}
