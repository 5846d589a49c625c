package org.waymark.model.tile;

import java.time.Duration;
import java.time.LocalDateTime;

/** How long something waits: for a duration, or until a date-time in the journey's time zone. */
public sealed interface Wait permits Wait.For, Wait.Until {

    static Wait forDuration(Duration duration) {
        return new For(duration);
    }

    static Wait until(LocalDateTime moment) {
        return new Until(moment);
    }

    /** Waits this long after the contact arrives. */
    record For(Duration duration) implements Wait {
    }

    /** Waits until this moment, in the journey's time zone. */
    record Until(LocalDateTime moment) implements Wait {
    }
}
