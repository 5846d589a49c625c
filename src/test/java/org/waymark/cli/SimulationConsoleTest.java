package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress on stderr and Ctrl+C: the parts of {@code simulate} that talk to the console and the JVM. */
class SimulationConsoleTest {

    @Test
    void progressIsQuietAtFirstThenPrintsEachTenthOnce() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        AtomicBoolean stop = new AtomicBoolean();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), now::get, 1_000, stop::get);
        progress.progress(0, "Simulating 10 contacts");
        progress.progress(0.15, "Simulated 1 of 7 parts");
        now.set(1_000);
        progress.progress(0.15, "Simulated 1 of 7 parts");
        progress.progress(0.19, "Simulated 1 of 7 parts");
        progress.progress(0.5, "Simulated 4 of 7 parts");
        progress.progress(1, "Done");
        assertThat(err.toString().lines()).containsExactly("simulate:  10 % Simulated 1 of 7 parts",
                "simulate:  50 % Simulated 4 of 7 parts", "simulate: 100 % Done");
        assertThat(progress.cancelled()).isFalse();
        stop.set(true);
        assertThat(progress.cancelled()).isTrue();
    }

    @Test
    void theShutdownHookCancelsAndWaitsUntilTheCommandIsDone() throws Exception {
        ShutdownCancellation cancellation = ShutdownCancellation.install(Runtime.getRuntime(), 10_000);
        assertThat(cancellation.getAsBoolean()).isFalse();
        Thread hook = new Thread(cancellation::cancelAndWait);
        hook.start();
        while (!cancellation.getAsBoolean()) {
            Thread.onSpinWait();
        }
        hook.join(50);
        assertThat(hook.isAlive()).as("waits for the command to wind down").isTrue();
        cancellation.close();
        hook.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(hook.isAlive()).isFalse();
    }
}
