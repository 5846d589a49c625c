package org.waymark.store.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;

class ContactOrderTest {

    private static InteractionBatch batch(long[][] contactAndTime) {
        InteractionBatch batch = new InteractionBatch();
        for (long[] row : contactAndTime) {
            batch.add(row[0], InteractionBatch.NONE, InteractionType.EMAIL, "sent", row[1], null,
                    InteractionBatch.NONE, null, null, null);
        }
        return batch;
    }

    private static int[] expected(InteractionBatch rows) {
        return IntStream.range(0, rows.size()).boxed()
                .sorted(Comparator.<Integer>comparingLong(rows::contactId).thenComparingLong(rows::occurredAt))
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void sortsByContactThenTimeKeepingTiesInBatchOrder() {
        InteractionBatch rows = batch(new long[][] {{5, 10}, {3, 20}, {5, 5}, {InteractionBatch.NONE, 1}, {3, 20},
                {3, 7}});
        assertThat(ContactOrder.of(rows)).containsExactly(3, 5, 1, 4, 2, 0);
        assertThat(ContactOrder.of(batch(new long[0][]))).isEmpty();
        assertThat(ContactOrder.of(batch(new long[][] {{1, 1}}))).containsExactly(0);
    }

    @Test
    void agreesWithAStableSortOnTileRunsAndOnNoise() {
        Random random = new Random(5);
        for (int trial = 0; trial < 40; trial++) {
            int tiles = 1 + random.nextInt(12);
            int contacts = 1 + random.nextInt(300);
            long[][] rows = new long[tiles * contacts][];
            int n = 0;
            for (int t = 0; t < tiles; t++) {
                for (int c = 0; c < contacts; c++) {
                    boolean noise = trial % 3 == 0;
                    rows[n++] = new long[] {noise ? random.nextInt(50) : c * 2L, t * 100L + random.nextInt(150)};
                }
            }
            InteractionBatch batch = batch(rows);
            assertThat(ContactOrder.of(batch)).as("trial " + trial).containsExactly(expected(batch));
        }
    }
}
