package org.waymark.model.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InteractionBatchTest {

    @Test
    void rowsKeepTheirOrderAndValuesAsTheBatchGrows() {
        InteractionBatch batch = new InteractionBatch(2);
        for (int i = 0; i < 100; i++) {
            batch.add(i, i % 2 == 0 ? InteractionBatch.NONE : 7, InteractionType.EMAIL, "opened", 1_000 + i, "EMAIL",
                    3, "White paper offer", i == 5 ? "desktop" : null, null);
        }
        assertThat(batch.size()).isEqualTo(100);
        assertThat(batch.contactId(99)).isEqualTo(99);
        assertThat(batch.accountId(0)).isEqualTo(InteractionBatch.NONE);
        assertThat(batch.accountId(1)).isEqualTo(7);
        assertThat(batch.type(42)).isEqualTo(InteractionType.EMAIL);
        assertThat(batch.occurredAt(10)).isEqualTo(1_010);
        assertThat(batch.detail(5)).isEqualTo("desktop");
        assertThat(batch.url(5)).isNull();
        assertThatThrownBy(() -> batch.subtype(100)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void addAllAppendsInOrder() {
        InteractionBatch first = new InteractionBatch();
        first.add(1, InteractionBatch.NONE, InteractionType.SMS, "sent", 10, "SMS", InteractionBatch.NONE, "Hi", null, null);
        InteractionBatch second = new InteractionBatch();
        second.add(2, 9, InteractionType.PUSH, "opened", 20, "PUSH", 4, "Ping", "mobile", null);
        first.addAll(second);
        assertThat(first.size()).isEqualTo(2);
        assertThat(first.type(1)).isEqualTo(InteractionType.PUSH);
        assertThat(first.assetId(0)).isEqualTo(InteractionBatch.NONE);
    }
}
