package org.waymark.store.activity;

import java.util.Set;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.activity.ActivityRelationship;
import org.waymark.model.source.ColumnType;
import org.waymark.model.source.DataSource;
import org.waymark.model.source.SourceColumn;
import org.waymark.store.StoreException;
import org.waymark.store.source.DataSources;

/** Checks a definition against its data source: the source exists, the columns exist and have usable types. */
final class ActivityChecks {

    private final DataSources sources;

    ActivityChecks(DataSources sources) {
        this.sources = sources;
    }

    DataSource check(ActivityDefinition d) {
        DataSource source = sources.find(d.source()).orElseThrow(() -> new StoreException("Activity " + d.name()
                + ": there is no data source named " + d.source() + "; import it first"));
        for (String column : d.columns()) {
            if (source.column(column).isEmpty()) {
                throw new StoreException("Activity " + d.name() + ": the data source " + d.source()
                        + " has no column " + column + " (its columns: "
                        + source.columns().stream().map(SourceColumn::name).toList() + ")");
            }
        }
        expect(d, source, d.timestamp(), Set.of(ColumnType.DATE, ColumnType.TIMESTAMP), "timestamp");
        ActivityRelationship r = d.relationship();
        if (r.contactMatch() == ActivityRelationship.ContactMatch.ID) {
            expect(d, source, r.contactColumn(), Set.of(ColumnType.INTEGER, ColumnType.TEXT), "contact id");
        }
        if (r.accountMatch() == ActivityRelationship.AccountMatch.ID) {
            expect(d, source, r.accountColumn(), Set.of(ColumnType.INTEGER, ColumnType.TEXT), "account id");
        }
        return source;
    }

    private static void expect(ActivityDefinition d, DataSource source, String column, Set<ColumnType> types,
            String role) {
        ColumnType type = source.column(column).orElseThrow().type();
        if (!types.contains(type)) {
            throw new StoreException("Activity " + d.name() + ": the " + role + " column " + column + " holds "
                    + type.description() + " values, not " + String.join(" or ", types.stream()
                    .map(ColumnType::description).sorted().toList()));
        }
    }
}
