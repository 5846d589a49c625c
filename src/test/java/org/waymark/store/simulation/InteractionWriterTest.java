package org.waymark.store.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.store.schema.Tables.INTERACTION;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;
import org.waymark.store.Store;
import org.waymark.store.StoreException;
import org.waymark.store.schema.tables.records.InteractionRecord;

class InteractionWriterTest {

    private static final long T0 = LocalDateTime.parse("2026-12-01T09:00:00").toEpochSecond(java.time.ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static InteractionBatch rows(int count) {
        InteractionBatch batch = new InteractionBatch();
        for (int i = 0; i < count; i++) {
            batch.add(i == 0 ? InteractionBatch.NONE : 100 + i, i % 2 == 0 ? InteractionBatch.NONE : 7,
                    i % 3 == 0 ? InteractionType.SMS : InteractionType.EMAIL, i % 3 == 0 ? "sent" : "opened", T0 + i * 61L,
                    "EMAIL", i == 1 ? InteractionBatch.NONE : 3, "White paper offer", i % 2 == 0 ? null : "Mobile",
                    i == 4 ? "https://www.bluefield.example/playbook" : null);
        }
        return batch;
    }

    @Test
    void everyRowArrivesAsGivenAcrossSeveralBatches() {
        InteractionBatch batch = rows(7);
        assertThat(new InteractionWriter(3).write(store, batch, "run-a")).isEqualTo(7);
        var stored = store.dsl().selectFrom(INTERACTION).orderBy(INTERACTION.ID).fetch();
        assertThat(stored).hasSize(7);
        for (int i = 0; i < 7; i++) {
            InteractionRecord row = stored.get(i);
            assertThat(row.getContactId()).isEqualTo(i == 0 ? null : 100L + i);
            assertThat(row.getAccountId()).isEqualTo(i % 2 == 0 ? null : 7L);
            assertThat(row.getType()).isEqualTo(batch.type(i).name());
            assertThat(row.getSubtype()).isEqualTo(batch.subtype(i));
            assertThat(row.getOccurredAt()).isEqualTo(LocalDateTime.ofEpochSecond(T0 + i * 61L, 0, java.time.ZoneOffset.UTC));
            assertThat(row.getAssetKind()).isEqualTo("EMAIL");
            assertThat(row.getAssetId()).isEqualTo(i == 1 ? null : 3L);
            assertThat(row.getAssetName()).isEqualTo("White paper offer");
            assertThat(row.getDetail()).isEqualTo(batch.detail(i));
            assertThat(row.getUrl()).isEqualTo(batch.url(i));
            assertThat(row.getSource()).isEqualTo(InteractionWriter.SOURCE);
            assertThat(row.getRunId()).isEqualTo("run-a");
        }
    }

    @Test
    void rowsGoInByContactThenTime() {
        InteractionBatch batch = new InteractionBatch();
        for (long contact : new long[] {9, 4, 9, 1}) {
            batch.add(contact, InteractionBatch.NONE, InteractionType.EMAIL, "sent", T0 - batch.size(), "EMAIL",
                    InteractionBatch.NONE, "x", null, null);
        }
        new InteractionWriter().write(store, batch, "run-a");
        assertThat(store.dsl().selectFrom(INTERACTION).orderBy(INTERACTION.ID).fetch(INTERACTION.CONTACT_ID))
                .containsExactly(1L, 4L, 9L, 9L);
        assertThat(store.dsl().selectFrom(INTERACTION).where(INTERACTION.CONTACT_ID.eq(9L)).orderBy(INTERACTION.ID)
                .fetch(INTERACTION.OCCURRED_AT)).isSorted();
    }

    @Test
    void anEmptyBatchWritesNothing() {
        assertThat(new InteractionWriter().write(store, new InteractionBatch(), "run-a")).isZero();
        assertThat(store.dsl().fetchCount(INTERACTION)).isZero();
    }

    @Test
    void aFailingRowLeavesNothingBehind() {
        InteractionBatch batch = rows(9);
        batch.add(1, 1, InteractionType.EMAIL, null, T0, "EMAIL", 3, "x", null, null);
        assertThatThrownBy(() -> new InteractionWriter(4).write(store, batch, "run-a")).isInstanceOf(RuntimeException.class);
        assertThat(store.dsl().fetchCount(INTERACTION)).isZero();
    }

    @Test
    void aCancelledWriteRollsBackWhatItHadSent() {
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> store.dsl().transaction(tx -> tx.dsl().connection(c ->
                new InteractionWriter(2).write(c, rows(9), "run-a", () -> asked.incrementAndGet() > 2))))
                .isInstanceOf(WriteCancelledException.class).isInstanceOf(StoreException.class)
                .hasMessageContaining("nothing of the run was written");
        assertThat(asked.get()).isEqualTo(3);
        assertThat(store.dsl().fetchCount(INTERACTION)).isZero();
    }
}
