package org.waymark.store.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segment benchmark on a tiny store, scratch or kept: loaded once, reused, never mixed with other data. */
class SegmentBenchmarkTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void measuresEveryFigureOnAScratchStoreAndDeletesIt() throws Exception {
        SegmentBenchmark.Outcome run = new SegmentBenchmark(dir, null, 2_000, 6_000, 1, NOW).run();
        int samples = SegmentBenchmark.samples().size();
        assertThat(run.figures()).hasSize(samples + 2).allSatisfy(f -> assertThat(f.value()).isNotNegative());
        assertThat(run.others()).hasSize(5 * samples);
        assertThat(run.plans()).hasSize(samples).allSatisfy(plan -> assertThat(plan).contains("CONTACT"));
        assertThat(run.reused()).isFalse();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aKeptStoreIsLoadedOnceThenReusedWithItsOwnClock() throws Exception {
        Path keep = dir.resolve("kept");
        SegmentBenchmark.Outcome first = new SegmentBenchmark(dir, keep, 1_000, 2_000, 1, NOW).run();
        SegmentBenchmark.Outcome again = new SegmentBenchmark(dir, keep, 1_000, 2_000, 1, NOW.plusSeconds(86_400))
                .run();
        assertThat(first.reused()).isFalse();
        assertThat(again.reused()).isTrue();
        assertThat(again.loadSeconds()).isEqualTo(first.loadSeconds());
        assertThat(Files.exists(keep.resolve("bench-loaded.properties"))).isTrue();
        assertThatThrownBy(() -> new SegmentBenchmark(dir, keep, 2_000, 2_000, 1, NOW).run())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000 contacts");
    }

    @Test
    void aFolderHoldingAnotherStoreIsRefused() throws Exception {
        Path other = dir.resolve("store");
        org.waymark.store.Store.open(other).close();
        assertThatThrownBy(() -> new SegmentBenchmark(dir, other, 1_000, 2_000, 1, NOW).run())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no benchmark loaded");
        assertThat(other.resolve("waymark.mv.db")).exists();
    }
}
