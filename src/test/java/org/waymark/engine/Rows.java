package org.waymark.engine;

import java.util.ArrayList;
import java.util.List;
import org.waymark.model.interaction.InteractionBatch;

/** Interactions written as short lines for assertions: "1 EMAIL opened +60m desktop". */
final class Rows {

    private Rows() {
    }

    /** Every row, in order, times in minutes after {@link TestJourneys#T0}. */
    static List<String> of(InteractionBatch batch) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            rows.add(line(batch, i, true));
        }
        return rows;
    }

    /** Every row without its detail (devices are random). */
    static List<String> brief(InteractionBatch batch) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            rows.add(line(batch, i, false));
        }
        return rows;
    }

    /** The whole batch, every column, for comparing two runs. */
    static String dump(InteractionBatch batch) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < batch.size(); i++) {
            out.append(batch.contactId(i)).append('|').append(batch.accountId(i)).append('|').append(batch.type(i))
                    .append('|').append(batch.subtype(i)).append('|').append(batch.occurredAt(i)).append('|')
                    .append(batch.assetKind(i)).append('|').append(batch.assetId(i)).append('|')
                    .append(batch.assetName(i)).append('|').append(batch.detail(i)).append('|').append(batch.url(i))
                    .append('\n');
        }
        return out.toString();
    }

    private static String line(InteractionBatch batch, int i, boolean detail) {
        long minutes = (batch.occurredAt(i) - TestJourneys.T0) / 60;
        String text = batch.contactId(i) + " " + batch.type(i) + " " + batch.subtype(i) + " +" + minutes + "m";
        return detail && batch.detail(i) != null ? text + " " + batch.detail(i) : text;
    }
}
