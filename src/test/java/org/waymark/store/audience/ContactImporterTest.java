package org.waymark.store.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.audience.ContactImportReport;
import org.waymark.model.audience.DuplicatePolicy;
import org.waymark.model.source.CsvOptions;
import org.waymark.model.source.SourceFileException;
import org.waymark.store.Store;

class ContactImporterTest {

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        store.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'Head office'), (2, 'Nordics')");
        store.dsl().execute("INSERT INTO account (id, name, business_unit_id) VALUES (1, 'Harbor Foods', 1)");
        store.dsl().execute("INSERT INTO contact (first_name, last_name, email, city, business_unit_id, "
                + "consent_rank) VALUES ('Ana', 'Silva', 'Ana@Harbor.example', 'Lisbon', 2, 4)");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path file(String text) throws Exception {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private ContactImportReport run(String text, DuplicatePolicy policy) throws Exception {
        return new ContactImporter(store).importFile(file(text), CsvOptions.DETECT, policy);
    }

    private int contacts() {
        return store.dsl().fetchCount(store.dsl().selectFrom("contact"));
    }

    @Test
    void addsNewContactsAndUpdatesOrSkipsTheOnesWhoseEmailIsKnown() throws Exception {
        String text = """
                Email,First name,Last name,City,Account,Consent
                ana@harbor.example,Ana,Silva-Costa,,Harbor Foods,MARKETING
                "ben@harbor.example",Ben,Okafor,"Lagos, NG",harbor foods,3
                """;
        ContactImportReport skipped = run(text, DuplicatePolicy.SKIP);
        assertThat(skipped.describe()).isEqualTo("people.csv: 1 contacts added, 0 updated, 1 skipped");
        Record ben = store.dsl().fetchOne("SELECT * FROM contact WHERE email = 'ben@harbor.example'");
        assertThat(ben.get("CITY", String.class)).isEqualTo("Lagos, NG");
        assertThat(ben.get("ACCOUNT_ID", Long.class)).isEqualTo(1L);
        assertThat(ben.get("BUSINESS_UNIT_ID", Long.class)).isEqualTo(1L);
        assertThat(ben.get("CONSENT_RANK", Integer.class)).isEqualTo(3);

        ContactImportReport updated = run(text, DuplicatePolicy.UPDATE);
        assertThat(updated.describe()).isEqualTo("people.csv: 0 contacts added, 2 updated, 0 skipped");
        Record ana = store.dsl().fetchOne("SELECT * FROM contact WHERE first_name = 'Ana'");
        assertThat(ana.get("LAST_NAME", String.class)).isEqualTo("Silva-Costa");
        assertThat(ana.get("CITY", String.class)).as("an empty field keeps the value").isEqualTo("Lisbon");
        assertThat(ana.get("BUSINESS_UNIT_ID", Long.class)).as("no unit column keeps the unit").isEqualTo(2L);
        assertThat(ana.get("CONSENT_RANK", Integer.class)).isEqualTo(4);
        assertThat(contacts()).isEqualTo(2);
    }

    @Test
    void everyBadRowNamesItsRowAndColumnAndNothingIsImported() {
        assertRefused("email,first_name\nx@y.example,X\n", "row 1, column last_name: this column is required");
        assertRefused("email,first_name,last_name\nok@y.example,O,K\nnot-an-email,X,Y\n",
                "row 3, column email: \"not-an-email\" is not an email address");
        assertRefused("email,first_name,last_name\nok@y.example,O,K\nOK@y.example,X,Y\n",
                "row 3, column email: ok@y.example is already in row 2");
        assertRefused("email,first_name,last_name\nok@y.example,,K\n", "row 2, column first_name: is empty");
        assertRefused("email,first_name,last_name,account\nok@y.example,O,K,Nowhere Inc\n",
                "row 2, column account: no account named \"Nowhere Inc\"");
        assertRefused("email,first_name,last_name,consent\nok@y.example,O,K,9\n",
                "row 2, column consent: \"9\" is not a consent level");
        assertRefused("email,first_name,last_name\nok@y.example,O,K\nz@y.example,Z\n", "row 3");
        assertThat(contacts()).isEqualTo(1);
    }

    private void assertRefused(String text, String message) {
        assertThatThrownBy(() -> run(text, DuplicatePolicy.UPDATE)).isInstanceOf(SourceFileException.class)
                .hasMessageContaining("people.csv: " + message);
    }
}
