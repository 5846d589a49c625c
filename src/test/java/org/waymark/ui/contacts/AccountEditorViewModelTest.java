package org.waymark.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.audience.AccountSummary;
import org.waymark.model.audience.Named;
import org.waymark.store.Store;
import org.waymark.store.audience.AccountRecords;

class AccountEditorViewModelTest {

    @TempDir
    Path dir;
    private Store store;
    private AccountRecords records;
    private AccountEditorViewModel model;
    private final List<Long> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Store.open(dir);
        store.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'Head office'), (2, 'Nordics')");
        store.dsl().execute("INSERT INTO account (id, name, city, business_unit_id) VALUES (1, 'Harbor Foods', "
                + "'Lisbon', 2)");
        store.dsl().execute("ALTER TABLE account ALTER COLUMN id RESTART WITH 100");
        store.dsl().execute("INSERT INTO contact (first_name, last_name, account_id, business_unit_id) VALUES "
                + "('Ana', 'Silva', 1, 1)");
        records = new AccountRecords(store);
        Executor now = Runnable::run;
        model = new AccountEditorViewModel(records, now, now);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void editsAnAccountWithItsContactsListedAndTracksDirtyState() {
        model.open(1);
        assertThat(model.titleProperty().get()).isEqualTo("Edit Harbor Foods");
        assertThat(model.businessUnitProperty().get()).isEqualTo(new Named(2, "Nordics"));
        assertThat(model.contacts()).extracting(Named::name).containsExactly("Ana Silva");
        assertThat(model.dirtyProperty().get()).isFalse();
        model.websiteProperty().set("https://harbor.example");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.nameProperty().set(" ");
        assertThat(model.problemTextBinding().get()).isEqualTo("Name is empty; every account needs one");
        assertThat(model.canSaveBinding().get()).isFalse();
        model.nameProperty().set("Harbor Foods Ltd");
        model.save(saved::add);
        assertThat(saved).containsExactly(1L);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(records.find(1).orElseThrow().website()).isEqualTo("https://harbor.example");
    }

    @Test
    void aNewAccountIsListedAfterItsSave() {
        model.openNew();
        assertThat(model.titleProperty().get()).isEqualTo("New account");
        assertThat(model.contacts()).isEmpty();
        model.nameProperty().set("Fjord Tools");
        model.save(saved::add);
        AccountBrowserViewModel list = new AccountBrowserViewModel(records, Runnable::run, Runnable::run);
        list.searchProperty().set("fjord");
        list.search();
        assertThat(list.rows()).extracting(AccountSummary::id).containsExactlyElementsOf(saved);
        assertThat(list.countTextBinding().get()).isEqualTo("Showing 1 of 1 account");
    }
}
