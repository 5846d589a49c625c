package org.waymark.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Table;
import org.waymark.store.schema.DefaultSchema;

/** What is in a store: where it is, its schema version and how many rows each table holds. */
public record StoreInfo(Path directory, String schemaVersion, Map<String, Integer> rowCounts) {

    public static StoreInfo of(Store store) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (table.getName().startsWith("flyway")) {
                continue;
            }
            counts.put(table.getName().toLowerCase(java.util.Locale.ROOT), store.dsl().fetchCount(table));
        }
        return new StoreInfo(store.directory(), store.schemaVersion(), counts);
    }
}
