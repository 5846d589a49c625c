package org.waymark.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Ctrl+C for a long command: a shutdown hook that, when the JVM is asked to stop, says "cancelled" and waits (up to
 * a limit) until the command has wound down — stopped simulating, rolled back or finished writing, closed the store
 * — and {@link #close() closed} this. Closing removes the hook when the command ends normally.
 */
final class ShutdownCancellation implements BooleanSupplier, AutoCloseable {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Runtime runtime;
    private final Thread hook;
    private final long waitMillis;

    private ShutdownCancellation(Runtime runtime, long waitMillis) {
        this.runtime = runtime;
        this.waitMillis = waitMillis;
        this.hook = new Thread(this::cancelAndWait, "waymark-cancel");
    }

    /** Installs the hook on {@code runtime}; it waits at most {@code waitMillis} for the command to wind down. */
    static ShutdownCancellation install(Runtime runtime, long waitMillis) {
        ShutdownCancellation cancellation = new ShutdownCancellation(runtime, waitMillis);
        runtime.addShutdownHook(cancellation.hook);
        return cancellation;
    }

    @Override
    public boolean getAsBoolean() {
        return cancelled.get();
    }

    /** What the hook does: cancel, then wait for {@link #close()}. */
    void cancelAndWait() {
        cancelled.set(true);
        try {
            finished.await(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            runtime.removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it has been told, through the latch, that the command is done
        }
    }
}
