package org.waymark.store.content;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.AssetSummary;

/** The rows of one kind of asset: what every kind shares (id, name, status) and how each reads and writes the rest. */
abstract class AssetRows {

    private final AssetKind kind;
    private final Table<?> table;
    private final Field<Long> id;
    private final Field<String> name;
    private final Field<String> status;

    AssetRows(AssetKind kind, Table<?> table, Field<Long> id, Field<String> name, Field<String> status) {
        this.kind = kind;
        this.table = table;
        this.id = id;
        this.name = name;
        this.status = status;
    }

    AssetKind kind() {
        return kind;
    }

    List<AssetSummary> summaries(DSLContext dsl) {
        return dsl.select(id, name, status).from(table).orderBy(name, id)
                .fetch(r -> new AssetSummary(kind, r.get(id), r.get(name), status(r.get(status))));
    }

    /** Whether another row of this kind (not {@code exceptId}) has this name, in any letter case. */
    boolean nameTaken(DSLContext dsl, String wanted, long exceptId) {
        return dsl.fetchExists(table, DSL.lower(name).eq(wanted.toLowerCase(java.util.Locale.ROOT)).and(id.ne(exceptId)));
    }

    Optional<AssetStatus> statusOf(DSLContext dsl, String wanted) {
        return dsl.select(status).from(table).where(name.eq(wanted)).fetchOptional(status).map(AssetRows::status);
    }

    boolean exists(DSLContext dsl, long wanted) {
        return dsl.fetchExists(table, id.eq(wanted));
    }

    boolean delete(DSLContext dsl, long wanted) {
        return dsl.deleteFrom(table).where(id.eq(wanted)).execute() > 0;
    }

    /** Why the row cannot be deleted (another asset uses it), or empty. */
    Optional<String> inUse(DSLContext dsl, long wanted) {
        return Optional.empty();
    }

    abstract Optional<Asset> find(DSLContext dsl, long wanted);

    /** Writes a new row (and its children) and returns its id. */
    abstract long insert(DSLContext dsl, Asset asset);

    /** Rewrites the row with {@code asset.id()} (and its children). */
    abstract void update(DSLContext dsl, Asset asset);

    static AssetStatus status(String stored) {
        return "PUBLISHED".equals(stored) ? AssetStatus.PUBLISHED : AssetStatus.DRAFT;
    }
}
