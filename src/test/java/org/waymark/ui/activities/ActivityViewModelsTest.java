package org.waymark.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.source.ColumnType;
import org.waymark.model.source.DataSource;
import org.waymark.store.Store;

/** The Activities tab's view models on a real store: import, the wizard's steps and checks, and the list. */
class ActivityViewModelsTest {

    private static final Executor NOW = Runnable::run;
    private static final String ORDERS = """
            order_id;email;ordered_at;status;total;currency
            SO-1;ana@harbor.example;2026-04-01 09:30;Placed;"1.234,50";EUR
            SO-2;ben@harbor.example;2026-04-02 10:00;Shipped;99,00;EUR
            SO-2;ana@harbor.example;2026-04-03 11:00;Placed;5,00;EUR
            """;

    @TempDir
    Path dir;
    private Store store;
    private ActivitySources sources;
    private Path file;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("store"));
        store.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'Head office')");
        store.dsl().execute("INSERT INTO account (id, name, business_unit_id) VALUES (1, 'Harbor Foods', 1)");
        store.dsl().execute("INSERT INTO contact (id, first_name, last_name, email, account_id, business_unit_id) "
                + "VALUES (1, 'Ana', 'Silva', 'ana@harbor.example', 1, 1), (2, 'Ben', 'Okafor', 'ben@harbor.example', 1, 1)");
        sources = ActivitySources.of(store, Clock.fixed(Instant.parse("2026-05-04T12:00:00Z"), ZoneOffset.UTC));
        file = dir.resolve("Web Orders.csv");
        Files.writeString(file, ORDERS, StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void importDetectsTheFormatSuggestsANameAndLetsTypesBeChanged() {
        SourceImportViewModel model = new SourceImportViewModel(sources.importer(), NOW, NOW);
        model.choose(file);
        assertThat(model.nameProperty().get()).isEqualTo("web_orders");
        assertThat(model.delimiterProperty().get()).isEqualTo(';');
        assertThat(model.headerProperty().get()).isTrue();
        assertThat(model.previewProperty().get().rows()).hasSize(3);
        assertThat(model.types()).hasSize(6);
        model.setType(4, ColumnType.TEXT);
        model.nameProperty().set("Bad Name");
        assertThat(model.canImportBinding().get()).isFalse();
        assertThat(model.nameProblem()).isNotEmpty();
        model.nameProperty().set("orders");
        DataSource[] imported = new DataSource[1];
        model.importNow(source -> imported[0] = source);
        assertThat(imported[0].rowCount()).isEqualTo(3);
        assertThat(imported[0].column("total").orElseThrow().type()).isEqualTo(ColumnType.TEXT);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aBadFileSaysWhereAndWritesNothing() throws Exception {
        Path early = dir.resolve("early.csv");
        Files.writeString(early, "id,when\n1,2026-04-01\n2,2026-04-02,extra\n");
        SourceImportViewModel model = new SourceImportViewModel(sources.importer(), NOW, NOW);
        model.choose(early);
        assertThat(model.problemProperty().get()).startsWith("early.csv: row 3, column 3");
        assertThat(model.canImportBinding().get()).isFalse();

        StringBuilder rows = new StringBuilder("id,when\n");
        for (int i = 1; i <= 10_100; i++) { // past the rows the preview reads to infer types
            rows.append(i).append(",2026-04-01\n");
        }
        rows.append("10101,2026-04-02,extra\n");
        Path late = dir.resolve("late.csv");
        Files.writeString(late, rows);
        model.choose(late);
        assertThat(model.canImportBinding().get()).isTrue();
        model.importNow(source -> { });
        assertThat(model.problemProperty().get()).startsWith("late.csv: row 10102, column 3").endsWith("Nothing was written.");
        assertThat(sources.sources().list()).isEmpty();
    }

    @Test
    void theWizardChecksEachStepAndBuildsTheDefinition() {
        SourceImportViewModel importing = new SourceImportViewModel(sources.importer(), NOW, NOW);
        importing.choose(file);
        importing.nameProperty().set("orders");
        importing.importNow(source -> { });
        ActivityWizardViewModel wizard = new ActivityWizardViewModel(sources.sources().list(), Set.of("Taken"),
                sources.keys()::check, NOW, NOW);
        assertThat(wizard.problem()).isEqualTo("Choose a data source.");
        wizard.sourceProperty().set(wizard.sources().get(0));
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.TYPE);
        wizard.typeProperty().set("salesorder");
        wizard.next();
        wizard.keyProperty().set("order_id");
        assertThat(wizard.problem()).contains("not a good key").contains("SO-2 in rows 3, 4");
        assertThat(KeyOffenders.lines(wizard.keyCheckProperty().get())).containsExactly("\"SO-2\" in rows 3, 4");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.KEY);
        wizard.keyProperty().set("ordered_at");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.FIELDS);
        assertThat(wizard.nameProperty().get()).isEqualTo("Orders");
        wizard.nameProperty().set("Taken");
        assertThat(wizard.problem()).contains("already exists");
        wizard.nameProperty().set("Web orders");
        wizard.timestampProperty().set("ordered_at");
        wizard.eventProperty().set("status");
        assertThat(wizard.typeFields()).extracting(f -> f.name()).containsExactly("orderId", "amount", "currency");
        assertThat(wizard.problem()).contains("orderId");
        wizard.fields().put("orderId", "order_id");
        wizard.fields().put("amount", "total");
        wizard.details().add("currency");
        wizard.next();
        assertThat(wizard.problem()).startsWith("Choose a column that finds");
        wizard.contactColumnProperty().set("email");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.REVIEW);
        ActivityDefinition definition = wizard.definition();
        assertThat(definition.type().name()).isEqualTo("SalesOrder");
        assertThat(definition.relationship().contactColumn()).isEqualTo("email");
        assertThat(wizard.review()).contains("Name: Web orders", "Primary key: ordered_at", "orderId: order_id");
        wizard.back();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.RELATIONSHIP);
    }

    @Test
    void theListSearchesRenamesHidesRunsAndDeletes() {
        SourceImportViewModel importing = new SourceImportViewModel(sources.importer(), NOW, NOW);
        importing.choose(file);
        importing.nameProperty().set("orders");
        importing.importNow(source -> { });
        store.dsl().execute("UPDATE \"src_orders\" SET \"order_id\" = 'SO-3' WHERE \"order_id\" = 'SO-2' AND \"email\" LIKE 'ana%'");
        ActivityWizardViewModel wizard = new ActivityWizardViewModel(sources.sources().list(), Set.of(),
                sources.keys()::check, NOW, NOW);
        wizard.sourceProperty().set(wizard.sources().get(0));
        wizard.typeProperty().set("Other");
        wizard.keyProperty().set("order_id");
        wizard.timestampProperty().set("ordered_at");
        wizard.eventProperty().set("status");
        wizard.contactColumnProperty().set("email");
        sources.activities().save(wizard.definition());

        ActivitiesViewModel list = new ActivitiesViewModel(sources, NOW, NOW);
        list.refresh();
        assertThat(list.rows()).extracting(ActivityRow::name).containsExactly("Orders");
        assertThat(list.sources()).hasSize(1);
        list.searchProperty().set("nothing");
        assertThat(list.rows()).isEmpty();
        list.searchProperty().set("other");
        assertThat(list.rows()).hasSize(1);

        list.runAll();
        assertThat(list.messageProperty().get()).contains("3 timeline entries");
        list.runAll();
        assertThat(interactions()).isEqualTo(3);
        assertThat(list.rename("Orders", " ")).isPresent();
        assertThat(list.rename("Orders", "Shop orders")).isEmpty();
        assertThat(list.rows()).extracting(ActivityRow::name).containsExactly("Shop orders");
        assertThat(interactions()).isEqualTo(3);
        list.showInTimeline("Shop orders", false);
        assertThat(list.rows()).extracting(ActivityRow::inTimelineText).containsExactly("No");
        assertThat(interactions()).isZero();
        list.showInTimeline("Shop orders", true);
        assertThat(interactions()).isEqualTo(3);
        list.deleteSource("orders");
        assertThat(list.messageProperty().get()).startsWith("Cannot delete the data source: ")
                .contains("used by the activity Shop orders");
        assertThat(list.sources()).hasSize(1);
        list.delete("Shop orders");
        assertThat(list.rows()).isEmpty();
        assertThat(interactions()).isZero();
        list.deleteSource("orders");
        assertThat(list.sources()).isEmpty();
        assertThat(list.messageProperty().get()).isEqualTo("Deleted the data source \"orders\" and its table");
    }

    private int interactions() {
        return store.dsl().fetchCount(store.dsl().selectFrom("interaction").where("type = 'ACTIVITY'"));
    }

    @SuppressWarnings("unused")
    private static List<String> names(List<ActivityRow> rows) {
        return rows.stream().map(ActivityRow::name).toList();
    }
}
