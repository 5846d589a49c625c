package org.waymark.store;

import static org.waymark.store.schema.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Small named preferences of the desktop app kept with the store (window bounds, last journey). */
public final class AppSettingsRepository {

    private final DSLContext dsl;

    public AppSettingsRepository(Store store) {
        this.dsl = store.dsl();
    }

    public Optional<String> get(String name) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(name))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String name, String value) {
        dsl.mergeInto(APP_SETTING).using(dsl.selectOne())
                .on(APP_SETTING.NAME.eq(name))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.NAME, APP_SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }

    public void remove(String name) {
        dsl.deleteFrom(APP_SETTING).where(APP_SETTING.NAME.eq(name)).execute();
    }
}
