package org.waymark.store.source;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.waymark.model.source.ColumnType;
import org.waymark.model.source.SourceNames;

/**
 * How data source tables and columns are named in SQL: always as quoted jOOQ names of checked safe identifiers, never
 * concatenated text.
 */
public final class SourceTables {

    /** Decimal columns keep 12 digits after the point (H2's plain DECIMAL would keep none). */
    public static final int DECIMAL_PRECISION = 38;
    public static final int DECIMAL_SCALE = 12;

    private SourceTables() {
    }

    public static Table<?> table(String tableName) {
        return DSL.table(DSL.quotedName(checked(tableName)));
    }

    public static Field<Object> field(String columnName) {
        return DSL.field(DSL.quotedName(checked(columnName)));
    }

    public static <T> Field<T> field(String columnName, Class<T> type) {
        return DSL.field(DSL.quotedName(checked(columnName)), type);
    }

    /** The column every source table has: the row's number in its file, as a spreadsheet counts it. */
    public static Field<Long> rowField() {
        return field(SourceNames.ROW_COLUMN, Long.class);
    }

    static DataType<?> sqlType(ColumnType type) {
        return switch (type) {
            case INTEGER -> SQLDataType.BIGINT;
            case DECIMAL -> SQLDataType.DECIMAL(DECIMAL_PRECISION, DECIMAL_SCALE);
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case DATE -> SQLDataType.LOCALDATE;
            case TIMESTAMP -> SQLDataType.LOCALDATETIME;
            case TEXT -> SQLDataType.VARCHAR;
        };
    }

    /** The Java type a column's values are read as. */
    public static Class<?> javaType(ColumnType type) {
        return switch (type) {
            case INTEGER -> Long.class;
            case DECIMAL -> java.math.BigDecimal.class;
            case BOOLEAN -> Boolean.class;
            case DATE -> java.time.LocalDate.class;
            case TIMESTAMP -> java.time.LocalDateTime.class;
            case TEXT -> String.class;
        };
    }

    private static String checked(String name) {
        if (name == null || !name.matches("[a-z][a-z0-9_]*") || name.length() > 63) {
            throw new IllegalArgumentException("Not a safe SQL name: " + name);
        }
        return name;
    }
}
