package org.waymark.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.audience.ContactImportReport;
import org.waymark.model.audience.DuplicatePolicy;
import org.waymark.store.Store;
import org.waymark.store.audience.ContactImporter;

class ContactImportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void importsAFileAndSaysWhyABadOneWasRefused() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            store.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'Head office')");
            ContactImportViewModel model = new ContactImportViewModel(new ContactImporter(store), Runnable::run,
                    Runnable::run);
            assertThat(model.canImportBinding().get()).isFalse();
            List<ContactImportReport> done = new ArrayList<>();
            model.pathProperty().set(dir.resolve("missing.csv").toString());
            model.importNow(done::add);
            assertThat(model.problemProperty().get()).endsWith("missing.csv: no such file");

            Path bad = dir.resolve("bad.csv");
            Files.writeString(bad, "email,first_name,last_name\na@b.example,A,\n");
            model.pathProperty().set(bad.toString());
            model.importNow(done::add);
            assertThat(model.problemProperty().get())
                    .isEqualTo("bad.csv: row 2, column last_name: is empty; every contact needs one; nothing was "
                            + "imported.");
            assertThat(done).isEmpty();

            Path good = dir.resolve("good.csv");
            Files.writeString(good, "email;first_name;last_name\na@b.example;A;B\n");
            model.pathProperty().set(good.toString());
            model.duplicatesProperty().set(DuplicatePolicy.UPDATE);
            model.importNow(done::add);
            assertThat(done).singleElement().extracting(ContactImportReport::added).isEqualTo(1L);
            assertThat(model.problemProperty().get()).isEmpty();
        }
    }
}
