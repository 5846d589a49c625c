package org.waymark.engine;

/**
 * A scheduler: holds each contact for its wait (a duration after arrival, or until a date-time), then, with a
 * release window, until the window is next open.
 */
final class SchedulerStep extends Step {

    private final Deadline delay;
    private final ReleaseCalendar window;

    /** {@code window} may be null. */
    SchedulerStep(int tile, Deadline delay, ReleaseCalendar window, TileKeys keys) {
        super(tile);
        this.delay = delay;
        this.window = window;
        keys.declareMessages(tile);
    }

    @Override
    Cohort run(ChunkState state, Cohort arriving) {
        state.enter(tile, arriving);
        Cohort next = new Cohort(arriving.size());
        for (int k = 0; k < arriving.size(); k++) {
            long released = delay.after(arriving.time(k));
            if (window != null && released != EventLog.NEVER) {
                released = window.nextOpen(released);
            }
            state.leave(tile, arriving.position(k), released, next);
        }
        return next;
    }
}
