package org.waymark.store.source;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.waymark.model.source.ColumnType;

/**
 * Writes parsed rows into a staging table with JDBC batches of multi-row inserts ({@value #ROWS_PER_STATEMENT} rows
 * per {@code INSERT ... VALUES (...), (...)}): H2 executes every parameter set of a batch as a statement of its own,
 * and the per-statement work (savepoint, snapshot, statement end) cost about as much as storing a row. Rows that do not
 * fill a statement at {@link #execute()} go in with a one-row insert. Values are bound with typed setters.
 */
final class StagingRows implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = 100;
    /** H2 takes at most 100,000 parameters in one statement: a wide file puts fewer rows in each. */
    static final int MAX_PARAMETERS = 100_000;
    /** H2 takes at most 16,384 columns in a table; the staging table has one more than the file, its row number. */
    static final int MAX_FILE_COLUMNS = 16_383;

    private final ColumnType[] types;
    private final int width;
    private final PreparedStatement many;
    private final PreparedStatement one;
    private final int rowsPerStatement;
    private final long[] rowNumbers;
    private final Object[][] values;
    private int pending;

    StagingRows(Connection connection, String table, List<String> columnNames, ColumnType[] types)
            throws SQLException {
        this.types = types.clone();
        this.width = types.length + 1;
        this.rowsPerStatement = rowsPerStatement(types.length);
        this.rowNumbers = new long[rowsPerStatement];
        this.values = new Object[rowsPerStatement][types.length];
        List<Field<?>> fields = new ArrayList<>();
        fields.add(SourceTables.rowField());
        columnNames.forEach(name -> fields.add(SourceTables.field(name)));
        this.many = connection.prepareStatement(insert(connection, table, fields, rowsPerStatement));
        try {
            this.one = connection.prepareStatement(insert(connection, table, fields, 1));
        } catch (SQLException e) {
            many.close();
            throw e;
        }
    }

    private static String insert(Connection connection, String table, List<Field<?>> fields, int rows) {
        InsertValuesStepN<?> insert = DSL.using(connection, SQLDialect.H2).insertInto(SourceTables.table(table), fields);
        for (int i = 0; i < rows; i++) {
            insert = insert.values(Collections.nCopies(fields.size(), (Object) null));
        }
        return insert.getSQL(ParamType.INDEXED);
    }

    /** How many rows of a file of {@code columns} columns one insert takes: 100, fewer for a wide file. */
    static int rowsPerStatement(int columns) {
        return Math.max(1, Math.min(ROWS_PER_STATEMENT, MAX_PARAMETERS / (columns + 1)));
    }

    /** The array to put the values of the row numbered {@code rowNumber} in (one per column, null for none). */
    Object[] next(long rowNumber) throws SQLException {
        if (pending == rowsPerStatement) {
            addStatement();
        }
        rowNumbers[pending] = rowNumber;
        return values[pending++];
    }

    /** Writes every row given so far (in the caller's transaction). */
    void execute() throws SQLException {
        if (pending == rowsPerStatement) {
            addStatement();
        }
        for (int r = 0; r < pending; r++) {
            bindRow(one, 0, r);
            one.addBatch();
        }
        pending = 0;
        many.executeBatch();
        one.executeBatch();
    }

    private void addStatement() throws SQLException {
        for (int r = 0; r < pending; r++) {
            bindRow(many, r * width, r);
        }
        many.addBatch();
        pending = 0;
    }

    private void bindRow(PreparedStatement insert, int offset, int r) throws SQLException {
        insert.setLong(offset + 1, rowNumbers[r]);
        Object[] row = values[r];
        for (int i = 0; i < types.length; i++) {
            bind(insert, offset + i + 2, types[i], row[i]);
        }
    }

    private static void bind(PreparedStatement insert, int index, ColumnType type, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, switch (type) {
                case INTEGER -> Types.BIGINT;
                case DECIMAL -> Types.DECIMAL;
                case BOOLEAN -> Types.BOOLEAN;
                case DATE -> Types.DATE;
                case TIMESTAMP -> Types.TIMESTAMP;
                case TEXT -> Types.VARCHAR;
            });
            return;
        }
        switch (type) {
            case INTEGER -> insert.setLong(index, (Long) value);
            case DECIMAL -> insert.setBigDecimal(index, (BigDecimal) value);
            case BOOLEAN -> insert.setBoolean(index, (Boolean) value);
            case TEXT -> insert.setString(index, (String) value);
            default -> insert.setObject(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            many.close();
        } finally {
            one.close();
        }
    }
}
