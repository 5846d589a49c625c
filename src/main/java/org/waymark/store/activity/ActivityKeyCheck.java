package org.waymark.store.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.waymark.model.source.DataSource;
import org.waymark.store.Store;
import org.waymark.store.StoreException;
import org.waymark.store.source.DataSources;
import org.waymark.store.source.SourceTables;

/** Checks a data source column for use as an activity's primary key: no duplicate values, no empty ones. */
public final class ActivityKeyCheck {

    /** How many duplicate values and empty rows a check lists at most. */
    public static final int LIMIT = 100;

    private final DSLContext dsl;
    private final DataSources sources;

    public ActivityKeyCheck(Store store) {
        this.dsl = store.dsl();
        this.sources = new DataSources(store);
    }

    public KeyCheck check(String sourceName, String column) {
        DataSource source = sources.find(sourceName)
                .orElseThrow(() -> new StoreException("There is no data source named " + sourceName));
        if (source.column(column).isEmpty()) {
            throw new StoreException("The data source " + sourceName + " has no column " + column);
        }
        Table<?> table = SourceTables.table(source.tableName());
        Field<String> key = SourceTables.field(column).cast(String.class);
        Field<Long> row = SourceTables.rowField();
        Condition empty = key.isNull().or(DSL.trim(key).eq(""));

        long emptyCount = dsl.fetchCount(table, empty);
        List<Long> emptyRows = dsl.select(row).from(table).where(empty).orderBy(row).limit(LIMIT).fetch(row);

        var duplicated = dsl.select(key.as("k")).from(table).where(empty.not()).groupBy(key)
                .having(DSL.count().gt(1));
        long duplicateValues = dsl.fetchCount(duplicated);
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        if (duplicateValues > 0) {
            List<String> values = dsl.select(key).from(table).where(empty.not()).groupBy(key)
                    .having(DSL.count().gt(1)).orderBy(DSL.min(row)).limit(LIMIT).fetch(key);
            dsl.select(key, row).from(table).where(key.in(values)).orderBy(row)
                    .forEach(r -> rows.computeIfAbsent(r.value1(), v -> new ArrayList<>()).add(r.value2()));
        }
        List<KeyCheck.DuplicateKey> duplicates = new ArrayList<>();
        rows.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(a.get(0), b.get(0))))
                .forEach(e -> duplicates.add(new KeyCheck.DuplicateKey(e.getKey(), List.copyOf(e.getValue()))));
        return new KeyCheck(sourceName, column, duplicates, duplicateValues, emptyRows, emptyCount);
    }
}
