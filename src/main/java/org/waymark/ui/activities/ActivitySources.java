package org.waymark.ui.activities;

import java.time.Clock;
import org.waymark.store.Store;
import org.waymark.store.activity.ActivityKeyCheck;
import org.waymark.store.activity.ActivityRepository;
import org.waymark.store.activity.ActivityUnifier;
import org.waymark.store.source.DataSourceImporter;
import org.waymark.store.source.DataSources;

/** What the Activities tab works on: the data sources, their importer, the definitions and their run. */
public record ActivitySources(DataSources sources, DataSourceImporter importer, ActivityRepository activities,
                              ActivityUnifier unifier, ActivityKeyCheck keys) {

    public static ActivitySources of(Store store, Clock clock) {
        ActivityRepository activities = new ActivityRepository(store, clock);
        return new ActivitySources(new DataSources(store), new DataSourceImporter(store, clock), activities,
                new ActivityUnifier(store, activities), new ActivityKeyCheck(store));
    }
}
