package org.waymark.store.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The benchmarks' bulk loader: rows go in {@value #ROWS_PER_STATEMENT} at a time through one
 * {@code INSERT ... VALUES (...), (...)} and JDBC batches of such statements, because H2 pays its per-statement work
 * (savepoint, snapshot, statement end) once per parameter set — as much as storing a small row (see
 * {@code store.source.StagingRows}, which does the same for imports). Values are bound with {@code setObject}; the
 * caller flushes before it commits (closing writes nothing).
 */
final class MultiRowInsert implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = 100;
    private static final int STATEMENTS_PER_BATCH = 50;

    private final int width;
    private final PreparedStatement many;
    private final PreparedStatement one;
    private final Object[][] rows;
    private int pending;
    private int batched;

    /** Inserts into {@code table}'s {@code columns} (a comma-separated list, as in SQL). */
    MultiRowInsert(Connection connection, String table, String columns) throws SQLException {
        this.width = columns.split(",").length;
        this.rows = new Object[ROWS_PER_STATEMENT][width];
        String one = "(" + "?, ".repeat(width - 1) + "?)";
        String prefix = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        this.many = connection.prepareStatement(prefix + (one + ", ").repeat(ROWS_PER_STATEMENT - 1) + one);
        this.one = connection.prepareStatement(prefix + one);
    }

    /** Adds one row: a value (or null) per column, in the columns' order. */
    void add(Object... values) throws SQLException {
        System.arraycopy(values, 0, rows[pending], 0, width);
        if (++pending == ROWS_PER_STATEMENT) {
            bind(many, pending);
            many.addBatch();
            pending = 0;
            if (++batched == STATEMENTS_PER_BATCH) {
                many.executeBatch();
                batched = 0;
            }
        }
    }

    /** Writes every row added so far. */
    void flush() throws SQLException {
        many.executeBatch();
        batched = 0;
        for (int r = 0; r < pending; r++) {
            for (int c = 0; c < width; c++) {
                one.setObject(c + 1, rows[r][c]);
            }
            one.addBatch();
        }
        pending = 0;
        one.executeBatch();
    }

    private void bind(PreparedStatement statement, int count) throws SQLException {
        for (int r = 0; r < count; r++) {
            for (int c = 0; c < width; c++) {
                statement.setObject(r * width + c + 1, rows[r][c]);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (one) {
            many.close();
        }
    }
}
