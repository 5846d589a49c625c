package org.waymark.store.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.audience.AccountDetails;
import org.waymark.model.audience.AccountSummary;
import org.waymark.model.audience.FieldProblem;
import org.waymark.model.audience.InvalidAudienceException;
import org.waymark.model.audience.Named;
import org.waymark.store.Store;

class AccountRecordsTest {

    @TempDir
    Path dir;
    private Store store;
    private AccountRecords records;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        store.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'Head office'), (2, 'Nordics')");
        store.dsl().execute("INSERT INTO account (id, name, industry, city, business_unit_id) VALUES "
                + "(1, 'Harbor Foods', 'Food', 'Lisbon', 1), (2, 'Fjord 100% Tools_Co', 'Tools', 'Oslo', 2)");
        store.dsl().execute("ALTER TABLE account ALTER COLUMN id RESTART WITH 100");
        store.dsl().execute("INSERT INTO contact (first_name, last_name, account_id, business_unit_id) VALUES "
                + "('Ana', 'Silva', 1, 1), ('Ben', 'Okafor', 1, 1), ('Cy', 'Berg', 2, 2)");
        records = new AccountRecords(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void searchesByNameIndustryCityOrCountryWithWildcardsTakenLiterally() {
        assertThat(records.search("", 0, 10)).extracting(AccountSummary::name)
                .containsExactly("Fjord 100% Tools_Co", "Harbor Foods");
        assertThat(records.search("lisbon", 0, 10)).singleElement()
                .isEqualTo(new AccountSummary(1, "Harbor Foods", "Food", "Lisbon", "", "Head office", 2));
        assertThat(records.search("FOOD", 0, 10)).extracting(AccountSummary::id).containsExactly(1L);
        assertThat(records.search("%", 0, 10)).extracting(AccountSummary::id).containsExactly(2L);
        assertThat(records.search("o_s", 0, 10)).as("_ is no wildcard (\"ools\" would match)").isEmpty();
        assertThat(records.count("o")).isEqualTo(2);
        assertThat(records.contactsOf(1)).extracting(Named::name).containsExactly("Ben Okafor", "Ana Silva");
    }

    @Test
    void savesAndReadsBackVerbatimAndAddsNewAccounts() {
        AccountDetails edited = new AccountDetails(1, "Harbor \"Foods\"; DROP TABLE account; --", "Ξηρά τροφή",
                "Lisboa", "Portugal", "https://harbor.example/o'neil", 2);
        assertThat(records.save(edited)).isEqualTo(1);
        assertThat(records.find(1)).contains(edited);
        long added = records.save(new AccountDetails(0, " 東京 Trading ", "", "", "", "", 1));
        assertThat(records.find(added).orElseThrow().name()).isEqualTo("東京 Trading");
        assertThat(store.dsl().fetchValue("SELECT industry FROM account WHERE id = " + added)).isNull();
    }

    @Test
    void refusesBadFieldsAndUnknownAccountsWritingNothing() {
        AccountDetails bad = new AccountDetails(1, "", "x".repeat(101), "", "", "", 0);
        assertThatThrownBy(() -> records.save(bad)).isInstanceOf(InvalidAudienceException.class)
                .satisfies(e -> assertThat(((InvalidAudienceException) e).problems()).extracting(FieldProblem::message)
                        .containsExactly("Name is empty; every account needs one",
                                "Industry is 101 characters long; at most 100 fit",
                                "Business unit is not chosen; every account needs one"));
        assertThatThrownBy(() -> records.save(new AccountDetails(42, "Gone", "", "", "", "", 1)))
                .hasMessage("This account no longer exists");
        assertThatThrownBy(() -> records.save(new AccountDetails(0, "Nowhere", "", "", "", "", 9)))
                .hasMessageContaining("Business unit");
        assertThat(records.find(1).orElseThrow().name()).isEqualTo("Harbor Foods");
        assertThat(records.count("")).isEqualTo(2);
    }
}
