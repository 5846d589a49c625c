package org.waymark.engine;

import java.time.ZoneId;
import org.waymark.model.tile.Wait;

/**
 * When a wait ends for a contact that arrived at a given second: a duration after it, or a fixed moment in the
 * journey's zone (at once if that moment has passed), or never when there is no wait at all.
 */
final class Deadline {

    private final long seconds;
    private final long moment;
    private final boolean never;

    private Deadline(long seconds, long moment, boolean never) {
        this.seconds = seconds;
        this.moment = moment;
        this.never = never;
    }

    /** {@code wait} may be null: then the deadline never comes (or, with {@code nullMeansNow}, comes at once). */
    static Deadline of(Wait wait, ZoneId zone, boolean nullMeansNow) {
        if (wait instanceof Wait.For duration) {
            return new Deadline(Math.max(0, duration.duration().getSeconds()), Long.MIN_VALUE, false);
        }
        if (wait instanceof Wait.Until until) {
            return new Deadline(0, until.moment().atZone(zone).toEpochSecond(), false);
        }
        return nullMeansNow ? new Deadline(0, Long.MIN_VALUE, false) : new Deadline(0, 0, true);
    }

    long after(long arrived) {
        if (never) {
            return EventLog.NEVER;
        }
        long later = arrived + seconds;
        return Math.max(later < arrived ? EventLog.NEVER : later, moment);
    }
}
