package org.waymark.store.simulation;

import static org.waymark.store.schema.Tables.INTERACTION;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.store.Store;

/**
 * Writes an {@link InteractionBatch} into the interaction table under a run id, source {@value #SOURCE}, as fast as
 * H2 takes rows: one prepared single-row INSERT sent in JDBC batches (5,000 rows by default; 1,000 to 10,000 and
 * multi-row VALUES measure the same within noise on H2 2.3, see docs/benchmarks.md), inside one transaction, rows in
 * {@link ContactOrder} (by contact, then time) so that the contact index is appended to rather than jumped about.
 */
public final class InteractionWriter {

    public static final String SOURCE = "simulation";
    public static final int DEFAULT_BATCH_SIZE = 5_000;

    /** The INSERT, rendered by jOOQ from the generated schema so the columns are checked at compile time. */
    static final String INSERT = DSL.using(SQLDialect.H2).insertInto(INTERACTION, INTERACTION.CONTACT_ID,
                    INTERACTION.ACCOUNT_ID, INTERACTION.TYPE, INTERACTION.SUBTYPE, INTERACTION.OCCURRED_AT,
                    INTERACTION.ASSET_KIND, INTERACTION.ASSET_ID, INTERACTION.ASSET_NAME, INTERACTION.DETAIL,
                    INTERACTION.URL, INTERACTION.SOURCE, INTERACTION.RUN_ID)
            .values((Long) null, null, null, null, null, null, null, null, null, null, null, null).getSQL();

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
                insert.add();
            }
            return insert.finish();
        }
    }
}
