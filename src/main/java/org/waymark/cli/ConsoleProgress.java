package org.waymark.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.waymark.engine.SimulationProgress;

/**
 * Progress of a long simulation on stderr: nothing during the first {@code quietNanos} (short runs stay silent),
 * then one line per tenth of the work done. Cancelled when {@code cancelled} says so. Thread-safe.
 */
final class ConsoleProgress implements SimulationProgress {

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long quietUntil;
    private final BooleanSupplier cancelled;
    private int lastTenth = -1;

    ConsoleProgress(PrintWriter err, LongSupplier nanoTime, long quietNanos, BooleanSupplier cancelled) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.quietUntil = nanoTime.getAsLong() + quietNanos;
        this.cancelled = cancelled;
    }

    @Override
    public synchronized void progress(double fraction, String what) {
        int tenth = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 10);
        if (tenth <= lastTenth || nanoTime.getAsLong() < quietUntil) {
            return;
        }
        lastTenth = tenth;
        err.printf(Locale.ROOT, "simulate: %3d %% %s%n", tenth * 10, what);
        err.flush();
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }
}
