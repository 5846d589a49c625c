package org.waymark.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.edit.InsertTiles;
import org.waymark.model.edit.TileFactory;
import org.waymark.model.edit.TileIds;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;
import org.waymark.ui.SampleJourneys;
import org.waymark.ui.edit.EditSession;

/** The recovery copy: when it is written, when it goes, and how a journey gets it back. */
class RecoveryAutosaveTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final long ID = 7;

    /** Holds scheduled writes until the test runs them, as the clock would. */
    private static final class ManualScheduler implements RecoveryAutosave.Scheduler {
        final List<Runnable> tasks = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable task) {
            tasks.add(task);
            delays.add(delay);
            return () -> tasks.remove(task);
        }

        void runDue() {
            List<Runnable> due = List.copyOf(tasks);
            tasks.clear();
            due.forEach(Runnable::run);
        }
    }

    @TempDir
    Path dir;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final Journey stored = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final EditSession session = new EditSession(stored);

    private RecoveryCopies copies() {
        return new RecoveryCopies(dir, new JourneyFileReader(), new JourneyFileWriter(), CLOCK);
    }

    private void insert(TileType type) {
        Journey journey = session.journey();
        Tile tile = new TileFactory().create(type, new TileIds(journey));
        session.execute(InsertTiles.one(session.document(), session.rules(), tile,
                session.rules().points(journey, type).get(0)));
    }

    @Test
    void writesTheLatestJourneyOnceAtMostEveryThreeSecondsWhileUnsaved() throws Exception {
        RecoveryCopies copies = copies();
        RecoveryAutosave autosave = new RecoveryAutosave(copies, scheduler);
        autosave.watch(ID, session);
        assertThat(scheduler.tasks).isEmpty();

        insert(TileType.EMAIL);
        insert(TileType.SMS);
        assertThat(scheduler.tasks).hasSize(1);
        assertThat(scheduler.delays).containsExactly(Duration.ofSeconds(3));
        assertThat(Files.exists(copies.path(ID))).isFalse();

        scheduler.runDue();
        assertThat(copies.path(ID)).isEqualTo(dir.resolve("recovery/journey-7.waymark.json"));
        RecoveryCopy copy = copies.find(ID).orElseThrow();
        assertThat(copy.journey()).isEqualTo(session.journey());
        assertThat(copy.savedAt()).isEqualTo(CLOCK.instant());

        insert(TileType.SCHEDULER);
        assertThat(scheduler.tasks).hasSize(1);
        scheduler.runDue();
        assertThat(copies.find(ID).orElseThrow().journey()).isEqualTo(session.journey());
    }

    @Test
    void theCopyGoesWhenTheJourneyIsSavedOrItsChangesGivenUp() {
        RecoveryCopies copies = copies();
        RecoveryAutosave autosave = new RecoveryAutosave(copies, scheduler);
        autosave.watch(ID, session);
        insert(TileType.EMAIL);
        scheduler.runDue();
        assertThat(Files.exists(copies.path(ID))).isTrue();

        insert(TileType.SMS);
        session.markSaved();
        assertThat(scheduler.tasks).isEmpty();
        assertThat(Files.exists(copies.path(ID))).isFalse();

        insert(TileType.SCHEDULER);
        scheduler.runDue();
        assertThat(Files.exists(copies.path(ID))).isTrue();
        session.undo();
        assertThat(Files.exists(copies.path(ID))).isFalse();

        insert(TileType.SCHEDULER);
        autosave.discard();
        scheduler.runDue();
        assertThat(Files.exists(copies.path(ID))).isFalse();
    }

    @Test
    void aWriteScheduledBeforeTheCopyWasDeletedDoesNothing() {
        RecoveryCopies copies = copies();
        List<Runnable> kept = new ArrayList<>();
        RecoveryAutosave autosave = new RecoveryAutosave(copies, (delay, task) -> {
            kept.add(task);
            return () -> { };
        });
        autosave.watch(ID, session);
        insert(TileType.EMAIL);
        autosave.discard();
        kept.forEach(Runnable::run);
        assertThat(Files.exists(copies.path(ID))).isFalse();
    }

    @Test
    void restoringACopyIsAnUndoableEditThatLeavesTheJourneyUnsaved() throws Exception {
        RecoveryCopies copies = copies();
        insert(TileType.EMAIL);
        Journey unsaved = session.journey();
        copies.write(ID, unsaved);

        EditSession reopened = new EditSession(stored);
        List<String> asked = new ArrayList<>();
        RecoveryOffer offer = new RecoveryOffer(copies, (name, time) -> asked.add(name + " @ " + time),
                (heading, detail) -> { }, ZoneId.of("Europe/Paris"));
        assertThat(offer.offer(ID, reopened)).isTrue();
        assertThat(asked).containsExactly("New York white paper nurture @ 4 May 2026, 10:20");
        assertThat(reopened.journey()).isEqualTo(unsaved);
        assertThat(reopened.dirtyProperty().get()).isTrue();
        assertThat(reopened.undoTextProperty().get()).isEqualTo("Undo Restore unsaved changes");
        reopened.undo();
        assertThat(reopened.journey()).isEqualTo(stored);
    }

    @Test
    void discardingACopyDeletesIt() throws Exception {
        RecoveryCopies copies = copies();
        copies.write(ID, stored);
        EditSession reopened = new EditSession(stored);
        RecoveryOffer offer = new RecoveryOffer(copies, (name, time) -> false, (heading, detail) -> { },
                ZoneId.of("UTC"));
        assertThat(offer.offer(ID, reopened)).isFalse();
        assertThat(copies.find(ID)).isEmpty();
        assertThat(reopened.dirtyProperty().get()).isFalse();
        assertThat(offer.offer(ID, reopened)).isFalse();
    }
}
