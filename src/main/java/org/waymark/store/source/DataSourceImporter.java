package org.waymark.store.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.waymark.model.source.ColumnType;
import org.waymark.model.source.CsvFormat;
import org.waymark.model.source.CsvFormatDetector;
import org.waymark.model.source.CsvOptions;
import org.waymark.model.source.DataSource;
import org.waymark.model.source.SourceColumn;
import org.waymark.model.source.SourceFile;
import org.waymark.model.source.SourceFileException;
import org.waymark.model.source.SourceNames;
import org.waymark.model.source.SourcePreview;
import org.waymark.model.source.SourcePreviewer;
import org.waymark.store.Store;
import org.waymark.store.StoreException;

/**
 * Imports a CSV file as a data source table, all or nothing. H2 commits around DDL, so the rows go into a staging
 * table first (JDBC batches, committed per batch); only when every row is in does the staging table replace the
 * source's table and the catalog entry get written. A bad row, a cancel or any failure drops the staging table: the
 * store is as it was. See docs/decisions/0008-activity-mapping.md.
 */
public final class DataSourceImporter {

    static final int BATCH_ROWS = 5_000;

    private final Store store;
    private final Clock clock;
    private final SourcePreviewer previewer = new SourcePreviewer();

    public DataSourceImporter(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The file's format, columns with inferred types and first {@code rows} rows; nothing is written. */
    public SourcePreview preview(java.nio.file.Path file, CsvOptions options, int rows) {
        return previewer.preview(file, options, rows);
    }

    /**
     * Imports the file; returns the catalog entry.
     * @throws SourceFileException for a bad file (naming file, row and column); the store is unchanged
     * @throws ImportCancelledException if {@code progress} asked to stop; the store is unchanged
     * @throws StoreException if the name is taken and replacing was not asked
     */
    public DataSource importFile(SourceImport request, ImportProgress progress) {
        DataSources catalog = new DataSources(store);
        if (!request.replace() && catalog.find(request.name()).isPresent()) {
            throw new StoreException("A data source named " + request.name() + " exists already; import with replace "
                    + "to overwrite it");
        }
        CsvFormat format = new CsvFormatDetector().detect(request.file(), request.options());
        List<SourceColumn> columns = columns(request, format);
        if (columns.size() > StagingRows.MAX_FILE_COLUMNS) {
            throw new SourceFileException(request.file().getFileName().toString(), "has " + String.format("%,d",
                    columns.size()) + " columns; a data source holds at most " + String.format("%,d",
                    StagingRows.MAX_FILE_COLUMNS) + " (split the file, or leave out the columns no activity needs)");
        }
        String tableName = SourceNames.tableName(request.name());
        String staging = tableName + "__import";
        DSLContext dsl = store.dsl();
        dsl.dropTableIfExists(SourceTables.table(staging)).execute();
        createTable(dsl, staging, columns);
        try {
            long rows = dsl.connectionResult(c -> insertRows(c, staging, request, format, columns, progress));
            DataSource source = new DataSource(request.name(), tableName, String.valueOf(request.file().getFileName()),
                    format.describe(), columns, rows, clock.instant());
            dsl.dropTableIfExists(SourceTables.table(tableName)).execute();
            dsl.alterTable(SourceTables.table(staging)).renameTo(SourceTables.table(tableName)).execute();
            dsl.transaction(tx -> DataSources.record(tx.dsl(), source));
            return source;
        } catch (RuntimeException e) {
            dsl.dropTableIfExists(SourceTables.table(staging)).execute();
            throw e;
        }
    }

    private List<SourceColumn> columns(SourceImport request, CsvFormat format) {
        if (request.types() == null) {
            return previewer.inferAll(request.file(), format, 0).columns();
        }
        List<SourceColumn> columns = new ArrayList<>();
        try (SourceFile file = SourceFile.open(request.file(), format)) {
            if (file.names().size() != request.types().size()) {
                throw new SourceFileException(file.fileName(), "has " + file.names().size() + " columns, but "
                        + request.types().size() + " column types were given");
            }
            for (int i = 0; i < file.names().size(); i++) {
                String label = file.labels().get(i);
                columns.add(new SourceColumn(file.names().get(i), label == null ? file.names().get(i) : label,
                        request.types().get(i)));
            }
        } catch (java.io.IOException e) {
            throw new SourceFileException(String.valueOf(request.file()), "cannot be read: " + e.getMessage());
        }
        return columns;
    }

    private static void createTable(DSLContext dsl, String table, List<SourceColumn> columns) {
        CreateTableElementListStep create = dsl.createTable(SourceTables.table(table))
                .column(SourceTables.rowField().getQualifiedName(), SQLDataType.BIGINT.notNull());
        for (SourceColumn column : columns) {
            create = create.column(DSL.quotedName(column.name()), SourceTables.sqlType(column.type()));
        }
        create.execute();
    }

    private long insertRows(Connection connection, String table, SourceImport request, CsvFormat format,
            List<SourceColumn> columns, ImportProgress progress) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long rows = 0;
        ColumnType[] types = columns.stream().map(SourceColumn::type).toArray(ColumnType[]::new);
        try (SourceFile file = SourceFile.open(request.file(), format);
                StagingRows staging = new StagingRows(connection, table,
                        columns.stream().map(SourceColumn::name).toList(), types)) {
            for (List<String> row = file.next(); row != null; row = file.next()) {
                Object[] values = staging.next(file.row());
                for (int i = 0; i < types.length; i++) {
                    values[i] = value(file, types[i], row.get(i), columns.get(i));
                }
                if (++rows % BATCH_ROWS == 0) {
                    flush(connection, staging, request, progress, rows);
                }
            }
            flush(connection, staging, request, progress, rows);
            return rows;
        } catch (java.io.IOException e) {
            throw new SourceFileException(String.valueOf(request.file()), "cannot be read: " + e.getMessage());
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void flush(Connection connection, StagingRows staging, SourceImport request,
            ImportProgress progress, long rows) throws SQLException {
        if (progress.cancelled()) {
            throw new ImportCancelledException(String.valueOf(request.file().getFileName()));
        }
        staging.execute();
        connection.commit();
        progress.rowsDone(rows);
    }

    private static Object value(SourceFile file, ColumnType type, String text, SourceColumn column) {
        try {
            return type.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SourceFileException(file.fileName(), file.row(), column.name(), e.getMessage());
        }
    }
}
