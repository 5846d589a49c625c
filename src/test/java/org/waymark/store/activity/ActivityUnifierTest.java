package org.waymark.store.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.source.DataSource;
import org.waymark.model.activity.ActivityMappingReader;
import org.waymark.store.Store;
import org.waymark.store.StoreException;
import org.waymark.store.source.DataSourceImporter;
import org.waymark.store.source.ImportProgress;
import org.waymark.store.source.SourceImport;

class ActivityUnifierTest {

    private static final String MAPPING = """
            {"formatVersion": 1, "activities": [{
              "name": "Web orders", "type": "SalesOrder", "source": "orders", "key": "order_id",
              "timestamp": "ordered_at", "event": "status", "webAddress": "link", "details": ["channel"],
              "icon": "cart", "showInTimeline": true,
              "fields": {"orderId": "order_id", "amount": "total", "currency": "currency"},
              "relationship": {"contact": {"column": "email", "match": "email"},
                               "account": {"column": "account", "match": "id"}}
            }]}""";

    @TempDir
    Path dir;
    private Store store;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private ActivityRepository activities;
    private ActivityUnifier unifier;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        var dsl = store.dsl();
        dsl.insertInto(BUSINESS_UNIT, BUSINESS_UNIT.ID, BUSINESS_UNIT.NAME).values(1L, "Org").execute();
        dsl.insertInto(ACCOUNT, ACCOUNT.ID, ACCOUNT.NAME, ACCOUNT.BUSINESS_UNIT_ID).values(7L, "Acme", 1L)
                .values(8L, "Globex", 1L).execute();
        dsl.insertInto(CONTACT, CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL, CONTACT.ACCOUNT_ID,
                CONTACT.BUSINESS_UNIT_ID).values(1L, "Ada", "Lovelace", "ada@acme.example", 7L, 1L).execute();
        activities = new ActivityRepository(store, clock);
        unifier = new ActivityUnifier(store, activities);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void importOrders(String rows, boolean replace) throws Exception {
        Path csv = Files.writeString(dir.resolve("orders.csv"),
                "order_id,email,account,ordered_at,status,total,currency,channel,link\n" + rows);
        new DataSourceImporter(store, clock).importFile(SourceImport.of("orders", csv).replacing(replace),
                ImportProgress.NONE);
    }

    private ActivityDefinition define() throws Exception {
        ActivityDefinition definition = new ActivityMappingReader().read(MAPPING).get(0);
        activities.save(definition);
        return definition;
    }

    private List<Record> interactions() {
        return List.copyOf(store.dsl().selectFrom(INTERACTION).orderBy(INTERACTION.SOURCE_KEY).fetch());
    }

    /**
     * Issue 20, finding 1: a run looks each row's contact (by email) and account (by id) up in an index, so it scales
     * with the rows read, not rows × contacts. Read from H2's plan, not from a clock.
     */
    @Test
    void eachRowFindsItsContactAndAccountThroughAnIndex() throws Exception {
        importOrders("SO-1, ADA@acme.example ,7,2026-03-01,Placed,1,EUR,web,\n", false);
        ActivityDefinition definition = define();
        DataSource source = new org.waymark.store.source.DataSources(store).find("orders").orElseThrow();
        String plan = store.dsl().fetch("EXPLAIN " + ActivityUnifier.select(store.dsl(), definition, source)
                .getSQL(org.jooq.conf.ParamType.INLINED)).format().toUpperCase(java.util.Locale.ROOT);
        assertThat(plan).as(plan).contains("IX_CONTACT_EMAIL_KEY").contains("PRIMARY_KEY");
        unifier.runAll();
        assertThat(interactions()).singleElement().satisfies(row -> {
            assertThat(row.get(INTERACTION.CONTACT_ID)).as("matched, spaces and case aside").isEqualTo(1L);
            assertThat(row.get(INTERACTION.ACCOUNT_ID)).isEqualTo(7L);
        });
    }

    @Test
    void runningTwiceWritesNoDuplicatesAndPicksUpChanges() throws Exception {
        importOrders("SO-1,ADA@acme.example,,2026-03-01 10:00,Placed,129.90,EUR,\"web, mobile\",https://shop/1\n"
                + "SO-2,nobody@else.example,8,2026-03-02,Shipped,5,USD,store,\n"
                + "SO-3,nobody@else.example,,2026-03-03,Placed,1,USD,store,\n", false);
        define();
        List<ActivityRunReport> first = unifier.runAll();
        assertThat(first).containsExactly(new ActivityRunReport("Web orders", false, 2, 1, 1, 0, 0));
        List<Record> rows = interactions();
        assertThat(rows).extracting(r -> r.get(INTERACTION.SOURCE_KEY)).containsExactly("SO-1", "SO-2");
        Record ada = rows.get(0);
        assertThat(ada.get(INTERACTION.CONTACT_ID)).isEqualTo(1L);
        assertThat(ada.get(INTERACTION.ACCOUNT_ID)).isEqualTo(7L);
        assertThat(ada.get(INTERACTION.TYPE)).isEqualTo("ACTIVITY");
        assertThat(ada.get(INTERACTION.SUBTYPE)).isEqualTo("Placed");
        assertThat(ada.get(INTERACTION.ASSET_NAME)).isEqualTo("Web orders");
        assertThat(ada.get(INTERACTION.SOURCE)).isEqualTo("activity:Web orders");
        assertThat(ada.get(INTERACTION.DETAIL)).isEqualTo("Order SO-1 · 129.90 EUR · channel: web, mobile");
        assertThat(ada.get(INTERACTION.URL)).isEqualTo("https://shop/1");
        assertThat(rows.get(1).get(INTERACTION.CONTACT_ID)).isNull();
        assertThat(rows.get(1).get(INTERACTION.ACCOUNT_ID)).isEqualTo(8L);

        unifier.runAll();
        assertThat(interactions()).hasSize(2).extracting(r -> r.get(INTERACTION.ID))
                .containsExactly(rows.get(0).get(INTERACTION.ID), rows.get(1).get(INTERACTION.ID));

        importOrders("SO-1,ada@acme.example,,2026-03-01 10:00,Returned,129.90,EUR,web,\n", true);
        assertThat(unifier.runAll()).containsExactly(new ActivityRunReport("Web orders", false, 1, 0, 0, 0, 1));
        assertThat(interactions()).singleElement().satisfies(r -> {
            assertThat(r.get(INTERACTION.ID)).isEqualTo(ada.get(INTERACTION.ID));
            assertThat(r.get(INTERACTION.SUBTYPE)).isEqualTo("Returned");
            assertThat(r.get(INTERACTION.URL)).isNull();
        });
    }

    @Test
    void hiddenActivitiesNeverReachTheTimelineAndHidingRemovesThem() throws Exception {
        importOrders("SO-1,ada@acme.example,,2026-03-01,Placed,1,EUR,web,\n", false);
        ActivityDefinition definition = define();
        unifier.runAll();
        assertThat(interactions()).hasSize(1);
        activities.save(definition.withShowInTimeline(false));
        assertThat(interactions()).isEmpty();
        assertThat(unifier.runAll()).extracting(ActivityRunReport::hidden, ActivityRunReport::unified)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, 0L));
        assertThat(interactions()).isEmpty();
    }

    @Test
    void renameMovesTheEntriesAndDeleteRemovesThem() throws Exception {
        importOrders("SO-1,ada@acme.example,,2026-03-01,Placed,1,EUR,web,\n", false);
        define();
        unifier.runAll();
        assertThat(activities.rename("Web orders", "Shop orders")).isTrue();
        assertThat(activities.list()).extracting(ActivityDefinition::name).containsExactly("Shop orders");
        assertThat(interactions()).singleElement().satisfies(r -> {
            assertThat(r.get(INTERACTION.SOURCE)).isEqualTo("activity:Shop orders");
            assertThat(r.get(INTERACTION.ASSET_NAME)).isEqualTo("Shop orders");
        });
        assertThat(activities.delete("Shop orders")).isTrue();
        assertThat(activities.list()).isEmpty();
        assertThat(interactions()).isEmpty();
        assertThat(activities.delete("Shop orders")).isFalse();
    }

    @Test
    void duplicateAndEmptyKeysAreListedAndStopTheRun() throws Exception {
        importOrders("SO-1,ada@acme.example,,2026-03-01,Placed,1,EUR,web,\n"
                + "SO-2,ada@acme.example,,2026-03-02,Placed,1,EUR,web,\n"
                + "SO-1,ada@acme.example,,2026-03-03,Placed,1,EUR,web,\n"
                + ",ada@acme.example,,2026-03-04,Placed,1,EUR,web,\n", false);
        define();
        KeyCheck check = new ActivityKeyCheck(store).check("orders", "order_id");
        assertThat(check.ok()).isFalse();
        assertThat(check.duplicates()).containsExactly(new KeyCheck.DuplicateKey("SO-1", List.of(2L, 4L)));
        assertThat(check.emptyRows()).containsExactly(5L);
        assertThat(new ActivityKeyCheck(store).check("orders", "ordered_at").ok()).isTrue();
        assertThatThrownBy(() -> unifier.runAll()).isInstanceOf(StoreException.class)
                .hasMessage("Activity Web orders: column order_id of orders is not a good key: "
                        + "1 duplicate value (SO-1 in rows 2, 4), 1 empty (row 5)");
        assertThat(interactions()).isEmpty();
    }

    @Test
    void definitionsAreCheckedAgainstTheirSource() throws Exception {
        importOrders("SO-1,ada@acme.example,,2026-03-01,Placed,1,EUR,web,\n", false);
        ActivityDefinition definition = new ActivityMappingReader().read(MAPPING.replace("\"ordered_at\"",
                "\"status\"")).get(0);
        assertThatThrownBy(() -> activities.save(definition)).hasMessage("Activity Web orders: the timestamp column "
                + "status holds text values, not date or date and time");
        assertThat(activities.list()).isEmpty();
    }
}
