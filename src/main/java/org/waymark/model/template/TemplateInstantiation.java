package org.waymark.model.template;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.Schedule;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerTile;
import org.waymark.model.tile.Wait;

/**
 * Turns a template's journey into a new draft. The schedule starts at the chosen moment and keeps the
 * template's length. A wait until a date (a scheduler's wait, a trigger's timeout) moves by as many calendar
 * days as the start date did and keeps its time of day ("until 09:00 the day before the event" stays at
 * 09:00), then is kept inside the new schedule. Durations do not change; milestones are dropped.
 */
final class TemplateInstantiation {

    Journey create(Journey template, String name, LocalDateTime start, ZoneId zone) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A journey needs a name");
        }
        JourneySettings old = template.settings();
        Schedule was = old.schedule();
        LocalDateTime end = start.plus(Duration.between(was.start(), was.end()));
        Schedule schedule = new Schedule(start, end, zone);
        long days = ChronoUnit.DAYS.between(was.start().toLocalDate(), start.toLocalDate());
        JourneySettings settings = new JourneySettings(name.strip(), old.description(), old.owner(), old.businessUnit(),
                old.target(), old.minimumConsent(), old.scope(), schedule, old.contentSettings(), old.recurrence(),
                old.suppressionSegment(), JourneyStatus.DRAFT, List.of());
        return new Journey(settings, new Shift(days, schedule).sequence(template.pipeline()));
    }

    /** Moves the dated waits of a tile tree by whole days, keeping them within a schedule. */
    private record Shift(long days, Schedule schedule) {

        List<Tile> sequence(List<Tile> tiles) {
            return tiles.stream().map(this::tile).toList();
        }

        Tile tile(Tile tile) {
            if (tile instanceof SchedulerTile s) {
                return new SchedulerTile(s.id(), s.name(), wait(s.delay()), s.releaseWindow());
            }
            if (tile instanceof TriggerTile t) {
                return new TriggerTile(t.id(), t.name(), t.join(), t.rules(), wait(t.timeout()),
                        sequence(t.whenTrue()), sequence(t.whenFalse()));
            }
            if (tile instanceof SplitterTile s) {
                return s.withBranches(s.branches().stream().map(b -> b.withTiles(sequence(b.tiles()))).toList());
            }
            return tile;
        }

        Wait wait(Wait wait) {
            if (!(wait instanceof Wait.Until until)) {
                return wait;
            }
            LocalDateTime moved = until.moment().plusDays(days);
            if (moved.isBefore(schedule.start())) {
                moved = schedule.start();
            } else if (moved.isAfter(schedule.end())) {
                moved = schedule.end();
            }
            return Wait.until(moved);
        }
    }
}
