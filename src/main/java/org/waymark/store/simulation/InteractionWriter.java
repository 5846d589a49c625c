package org.waymark.store.simulation;

import static org.waymark.store.schema.Tables.INTERACTION;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;
import org.waymark.store.engagement.EmailMessageLog;
import org.waymark.store.Store;

/**
 * Writes an {@link InteractionBatch} into the interaction table under a run id, source {@value #SOURCE}, as fast as
 * H2 takes rows: one prepared single-row INSERT sent in JDBC batches (5,000 rows by default; 1,000 to 10,000 and
 * multi-row VALUES measure the same within noise on H2 2.3, see docs/benchmarks.md), inside one transaction, rows in
 * {@link ContactOrder} (by contact, then time) so that the contact index is appended to rather than jumped about.
 * Email rows are grouped into messages first ({@link EmailMessageLog}): each row carries its message id, and the
 * messages' summaries are inserted after the rows, in the same transaction.
 */
public final class InteractionWriter {

    public static final String SOURCE = org.waymark.model.timeline.TimelineItem.SIMULATION;
    public static final int DEFAULT_BATCH_SIZE = 5_000;

    /** The INSERT, rendered by jOOQ from the generated schema so the columns are checked at compile time. */
    static final String INSERT = DSL.using(SQLDialect.H2).insertInto(INTERACTION, INTERACTION.CONTACT_ID,
                    INTERACTION.ACCOUNT_ID, INTERACTION.TYPE, INTERACTION.SUBTYPE, INTERACTION.OCCURRED_AT,
                    INTERACTION.ASSET_KIND, INTERACTION.ASSET_ID, INTERACTION.ASSET_NAME, INTERACTION.DETAIL,
                    INTERACTION.URL, INTERACTION.SOURCE, INTERACTION.RUN_ID, INTERACTION.MESSAGE_ID, INTERACTION.TILE_ID)
            .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null).getSQL();

    private final int batchSize;

    public InteractionWriter() {
        this(DEFAULT_BATCH_SIZE);
    }

    public InteractionWriter(int batchSize) {
        this.batchSize = batchSize;
    }

    /** Writes every row in one transaction of its own: all of them or, on any failure, none. */
    public long write(Store store, InteractionBatch interactions, String runId) {
        return store.dsl().transactionResult(tx -> tx.dsl().connectionResult(
                connection -> write(connection, interactions, runId, () -> false)));
    }

    /**
     * Writes every row through {@code connection}, inside the caller's transaction, and returns how many. Between
     * batches it throws {@link WriteCancelledException} once {@code cancelled} says so.
     */
    public long write(Connection connection, InteractionBatch interactions, String runId, BooleanSupplier cancelled)
            throws SQLException {
        EmailMessageLog messages = new EmailMessageLog(EmailMessageLog.nextId(DSL.using(connection, SQLDialect.H2)),
                SOURCE, runId);
        long[] messageOf = messagesOf(interactions, messages);
        long written;
        try (BatchInsert insert = new BatchInsert(connection, INSERT, batchSize, cancelled)) {
            PreparedStatement row = insert.statement();
            row.setString(11, SOURCE);
            row.setString(12, runId);
            for (int i : ContactOrder.of(interactions)) {
                BatchInsert.setId(row, 1, interactions.contactId(i));
                BatchInsert.setId(row, 2, interactions.accountId(i));
                row.setString(3, interactions.type(i).name());
                row.setString(4, interactions.subtype(i));
                BatchInsert.setTime(row, 5, interactions.occurredAt(i));
                row.setString(6, interactions.assetKind(i));
                BatchInsert.setId(row, 7, interactions.assetId(i));
                row.setString(8, interactions.assetName(i));
                row.setString(9, interactions.detail(i));
                row.setString(10, interactions.url(i));
                BatchInsert.setId(row, 13, messageOf == null ? InteractionBatch.NONE : messageOf[i]);
                row.setString(14, interactions.tile(i));
                insert.add();
            }
            written = insert.finish();
        }
        messages.write(connection);
        return written;
    }

    /**
     * The message of each row ({@link InteractionBatch#NONE} for none), read in the batch's own order, in which the
     * engine appends each send's rows together; null when the batch has no email rows.
     */
    private static long[] messagesOf(InteractionBatch interactions, EmailMessageLog messages) {
        long[] messageOf = null;
        for (int i = 0; i < interactions.size(); i++) {
            if (interactions.type(i) != InteractionType.EMAIL) {
                continue;
            }
            if (messageOf == null) {
                messageOf = new long[interactions.size()];
                java.util.Arrays.fill(messageOf, InteractionBatch.NONE);
            }
            long asset = interactions.assetId(i);
            Long message = messages.add(id(interactions.contactId(i)), id(interactions.accountId(i)),
                    asset == InteractionBatch.NONE ? null : asset, interactions.assetName(i), interactions.subtype(i),
                    LocalDateTime.ofEpochSecond(interactions.occurredAt(i), 0, ZoneOffset.UTC));
            if (message != null) {
                messageOf[i] = message;
            }
        }
        return messageOf;
    }

    private static Long id(long value) {
        return value == InteractionBatch.NONE ? null : value;
    }
}
