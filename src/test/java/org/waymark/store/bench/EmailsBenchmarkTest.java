package org.waymark.store.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emails benchmark on a tiny store: every figure measured, messages made, the scratch store deleted. */
class EmailsBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void measuresEveryFigureOnASmallStore() throws Exception {
        EmailsBenchmark.Outcome run = new EmailsBenchmark(dir, null, 3_000, 50, 1, LocalDateTime.of(2026, 5, 4, 8, 0)).run();
        assertThat(run.messages()).isBetween(700L, 1_500L);
        assertThat(run.figures()).hasSize(30).allSatisfy(f -> assertThat(f.value()).isNotNegative());
        assertThat(run.targets()).hasSize(25);
        assertThat(dir).isEmptyDirectory();
    }
}
