package org.waymark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @Test
    void migratesANewFolderToTheCurrentSchema(@TempDir Path dir) {
        Path folder = dir.resolve("nested/store");
        try (Store store = Store.open(folder)) {
            assertThat(store.schemaVersion()).isEqualTo("12");
            StoreInfo info = StoreInfo.of(store);
            assertThat(info.directory()).isEqualTo(folder);
            assertThat(info.rowCounts()).containsKeys("contact", "account", "lead", "business_unit", "consent_level",
                    "segment", "segment_member", "marketing_email", "email_link", "email_attachment", "marketing_form",
                    "marketing_page", "marketing_event", "journey", "journey_milestone", "interaction");
            assertThat(info.rowCounts()).containsEntry("consent_level", 6).containsEntry("contact", 0);
        }
        assertThat(folder.resolve(Store.DATABASE_NAME + ".mv.db")).exists();
    }

    @Test
    void reopeningKeepsDataAndSkipsAppliedMigrations(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            new AppSettingsRepository(store).put("window.width", "1200");
        }
        try (Store store = Store.open(dir)) {
            assertThat(new AppSettingsRepository(store).get("window.width")).contains("1200");
            assertThat(store.schemaVersion()).isEqualTo("12");
        }
    }

    @Test
    void closingAndCompactingLeaveNoTraceOfErrorsAndTheDataOpensAgain(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            new AppSettingsRepository(store).put("window.width", "1200");
        }
        try (Store store = Store.open(dir)) {
            new AppSettingsRepository(store).put("window.height", "800");
            store.compact();
        }
        try (Store store = Store.open(dir)) {
            assertThat(new AppSettingsRepository(store).get("window.height")).contains("800");
        }
        assertThat(dir.resolve(Store.DATABASE_NAME + ".trace.db")).doesNotExist();
    }

    @Test
    void closingCompactsAFileThatIsMostlyFreeSpace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Store.DATABASE_NAME + ".mv.db");
        try (Store store = Store.open(dir)) {
            new AppSettingsRepository(store).put("kept", "yes");
            store.dsl().execute("CREATE TABLE scratch AS SELECT X AS id, REPEAT('x', 1000) AS text"
                    + " FROM SYSTEM_RANGE(1, 100000)");
            store.dsl().execute("DROP TABLE scratch");
            store.dsl().execute("CHECKPOINT SYNC");
            assertThat(java.nio.file.Files.size(file)).isGreaterThan(64L * 1024 * 1024);
        }
        assertThat(java.nio.file.Files.size(file)).isLessThan(16L * 1024 * 1024);
        try (Store store = Store.open(dir)) {
            assertThat(new AppSettingsRepository(store).get("kept")).contains("yes");
        }
        assertThat(Store.isMostlyFreeSpace(65L * 1024 * 1024, 49)).isTrue();
        assertThat(Store.isMostlyFreeSpace(65L * 1024 * 1024, 50)).isFalse();
        assertThat(Store.isMostlyFreeSpace(64L * 1024 * 1024, 10)).isFalse();
    }

    @Test
    void aSecondWaymarkOnTheSameStoreGetsAClearMessage(@TempDir Path dir) {
        try (Store first = Store.open(dir)) {
            assertThatThrownBy(() -> Store.open(dir))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageContaining("already open in another Waymark")
                    .hasMessageContaining(dir.toString());
            assertThat(first.dsl().fetchCount(org.waymark.store.schema.Tables.CONSENT_LEVEL)).isEqualTo(6);
        }
        try (Store again = Store.open(dir)) {
            assertThat(again.schemaVersion()).isEqualTo("12");
        }
    }

    @Test
    void appSettingsOverwriteAndRemove(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            AppSettingsRepository settings = new AppSettingsRepository(store);
            settings.put("journey.last", "3");
            settings.put("journey.last", "4");
            assertThat(settings.get("journey.last")).contains("4");
            settings.remove("journey.last");
            assertThat(settings.get("journey.last")).isEmpty();
        }
    }

    @Test
    void noIndexRepeatsTheColumnsOfAnother(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            var indexes = store.dsl().fetch("SELECT i.TABLE_NAME, i.INDEX_NAME, LISTAGG(c.COLUMN_NAME, ',') WITHIN GROUP"
                    + " (ORDER BY c.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                    + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.TABLE_NAME = i.TABLE_NAME AND c.INDEX_NAME = i.INDEX_NAME"
                    + " WHERE i.TABLE_SCHEMA = 'PUBLIC' GROUP BY i.TABLE_NAME, i.INDEX_NAME");
            java.util.Map<String, String> byColumns = new java.util.HashMap<>();
            for (var index : indexes) {
                String columns = index.get(0) + "(" + index.get(2) + ")";
                assertThat(byColumns.put(columns, (String) index.get(1))).as("another index on %s than %s", columns,
                        index.get(1)).isNull();
            }
            assertThat(byColumns).containsKey("CONTACT(CONSENT_RANK)").containsKey("SEGMENT_MEMBER(CONTACT_ID)");
        }
    }

    @Test
    void thePageCacheIsAnEighthOfTheHeapBetween16MegabytesAnd1Gigabyte() {
        assertThat(Store.cacheKilobytes(64L << 20)).isEqualTo(16 * 1024);
        assertThat(Store.cacheKilobytes(4L << 30)).isEqualTo(512 * 1024);
        assertThat(Store.cacheKilobytes(64L << 30)).isEqualTo(1024 * 1024);
    }
}
