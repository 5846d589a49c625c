package org.waymark.store.simulation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;
import org.waymark.model.interaction.InteractionBatch;

/**
 * One prepared INSERT run as JDBC batches of a fixed size on the caller's connection (and transaction): bind a row
 * on {@link #statement()}, then {@link #add()}; {@link #finish()} sends the rest. Between batches it asks
 * {@code cancelled} and throws {@link WriteCancelledException}, so the caller's transaction rolls back.
 */
final class BatchInsert implements AutoCloseable {

    private final PreparedStatement statement;
    private final int batchSize;
    private final BooleanSupplier cancelled;
    private int pending;
    private long written;

    BatchInsert(Connection connection, String sql, int batchSize, BooleanSupplier cancelled) throws SQLException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize);
        }
        this.statement = connection.prepareStatement(sql);
        this.batchSize = batchSize;
        this.cancelled = cancelled;
    }

    PreparedStatement statement() {
        return statement;
    }

    void add() throws SQLException {
        statement.addBatch();
        if (++pending == batchSize) {
            send();
        }
    }

    /** Sends what is pending and returns how many rows this insert wrote. */
    long finish() throws SQLException {
        send();
        return written;
    }

    private void send() throws SQLException {
        if (cancelled.getAsBoolean()) {
            throw new WriteCancelledException();
        }
        if (pending > 0) {
            statement.executeBatch();
            written += pending;
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }

    /** Binds an id, or SQL NULL for {@link InteractionBatch#NONE}. */
    static void setId(PreparedStatement statement, int index, long id) throws SQLException {
        if (id == InteractionBatch.NONE) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }

    /** Binds epoch seconds as the store's TIMESTAMP, which holds UTC wall time. */
    static void setTime(PreparedStatement statement, int index, long epochSecond) throws SQLException {
        statement.setObject(index, LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC));
    }
}
