package org.waymark.store.source;

import static org.waymark.store.schema.Tables.ACTIVITY_DEFINITION;
import static org.waymark.store.schema.Tables.DATA_SOURCE;
import static org.waymark.store.schema.Tables.DATA_SOURCE_COLUMN;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.waymark.model.source.ColumnType;
import org.waymark.model.source.DataSource;
import org.waymark.model.source.SourceColumn;
import org.waymark.store.Store;
import org.waymark.store.StoreException;
import org.waymark.store.schema.tables.records.DataSourceRecord;

/** The catalog of imported data sources: list them, find one, delete one with its table. */
public final class DataSources {

    private final DSLContext dsl;

    public DataSources(Store store) {
        this(store.dsl());
    }

    DataSources(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every data source, by name. */
    public List<DataSource> list() {
        return dsl.selectFrom(DATA_SOURCE).orderBy(DATA_SOURCE.NAME).fetch(this::source);
    }

    public Optional<DataSource> find(String name) {
        return dsl.selectFrom(DATA_SOURCE).where(DATA_SOURCE.NAME.eq(name)).fetchOptional(this::source);
    }

    /** The activities that read {@code name}, by name; a source they use cannot be deleted. */
    public List<String> usedBy(String name) {
        return dsl.select(ACTIVITY_DEFINITION.NAME).from(ACTIVITY_DEFINITION)
                .where(ACTIVITY_DEFINITION.SOURCE_NAME.eq(name)).orderBy(ACTIVITY_DEFINITION.NAME)
                .fetch(ACTIVITY_DEFINITION.NAME);
    }

    /**
     * Deletes the data source and its table; false if there is none of that name.
     * @throws StoreException if an activity still reads it (its name is in the message); nothing is deleted
     */
    public boolean delete(String name) {
        List<String> readers = usedBy(name);
        if (!readers.isEmpty()) {
            throw new StoreException("The data source " + name + " is used by the " + (readers.size() == 1
                    ? "activity " : "activities ") + String.join(", ", readers) + "; delete " + (readers.size() == 1
                    ? "it" : "them") + " first");
        }
        Optional<DataSource> source = find(name);
        source.ifPresent(s -> {
            dsl.dropTableIfExists(SourceTables.table(s.tableName())).execute();
            dsl.deleteFrom(DATA_SOURCE).where(DATA_SOURCE.NAME.eq(name)).execute();
        });
        return source.isPresent();
    }

    /** Writes the catalog entry of a source (replacing one of the same name) in the caller's transaction. */
    static void record(DSLContext ctx, DataSource source) {
        ctx.deleteFrom(DATA_SOURCE).where(DATA_SOURCE.NAME.eq(source.name())).execute();
        long id = ctx.insertInto(DATA_SOURCE, DATA_SOURCE.NAME, DATA_SOURCE.TABLE_NAME, DATA_SOURCE.FILE_NAME,
                        DATA_SOURCE.CSV_FORMAT, DATA_SOURCE.ROW_COUNT, DATA_SOURCE.IMPORTED_AT)
                .values(source.name(), source.tableName(), source.fileName(), source.format(), source.rowCount(),
                        LocalDateTime.ofInstant(source.importedAt(), ZoneOffset.UTC))
                .returning(DATA_SOURCE.ID).fetchOne().getId();
        int position = 0;
        for (SourceColumn column : source.columns()) {
            ctx.insertInto(DATA_SOURCE_COLUMN, DATA_SOURCE_COLUMN.SOURCE_ID, DATA_SOURCE_COLUMN.POSITION,
                            DATA_SOURCE_COLUMN.NAME, DATA_SOURCE_COLUMN.LABEL, DATA_SOURCE_COLUMN.COLUMN_TYPE)
                    .values(id, position++, column.name(), column.label(), column.type().name()).execute();
        }
    }

    private DataSource source(DataSourceRecord r) {
        List<SourceColumn> columns = dsl.selectFrom(DATA_SOURCE_COLUMN).where(DATA_SOURCE_COLUMN.SOURCE_ID.eq(r.getId()))
                .orderBy(DATA_SOURCE_COLUMN.POSITION)
                .fetch(c -> new SourceColumn(c.getName(), c.getLabel(), ColumnType.valueOf(c.getColumnType())));
        return new DataSource(r.getName(), r.getTableName(), r.getFileName(), r.getCsvFormat(), columns,
                r.getRowCount(), r.getImportedAt().toInstant(ZoneOffset.UTC));
    }
}
