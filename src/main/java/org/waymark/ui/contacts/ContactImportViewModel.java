package org.waymark.ui.contacts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.waymark.model.audience.ContactImportReport;
import org.waymark.model.audience.DuplicatePolicy;
import org.waymark.model.source.CsvOptions;
import org.waymark.store.audience.ContactImporter;
import org.waymark.ui.background.AnswerLine;

/**
 * Importing contacts from a CSV file: the file's path, what to do with emails the store knows (update or skip), and
 * the import in the background, as a job on an {@link AnswerLine}; a bad file's row and column come back as the problem,
 * and nothing is imported.
 */
public final class ContactImportViewModel {

    private final ContactImporter importer;
    /** The import: one at a time, running while the line is busy. */
    private final AnswerLine imports;
    private final StringProperty path = new SimpleStringProperty("");
    private final ObjectProperty<DuplicatePolicy> duplicates = new SimpleObjectProperty<>(DuplicatePolicy.SKIP);
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding canImport;

    public ContactImportViewModel(ContactImporter importer, Executor background, Executor ui) {
        this.importer = importer;
        this.imports = new AnswerLine(background, ui);
        canImport = Bindings.createBooleanBinding(() -> !path.get().isBlank() && !imports.busyProperty().get(), path,
                imports.busyProperty());
    }

    /** Imports the file; {@code done} gets the report on the ui executor. */
    public void importNow(Consumer<ContactImportReport> done) {
        if (!canImport.get()) {
            return;
        }
        Path file = Path.of(path.get().strip());
        if (!Files.isRegularFile(file)) {
            problem.set(file + ": no such file");
            return;
        }
        DuplicatePolicy policy = duplicates.get();
        problem.set("");
        imports.run(progress -> importer.importFile(file, CsvOptions.DETECT, policy), done,
                e -> problem.set(e.getMessage() + "; nothing was imported."));
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ObjectProperty<DuplicatePolicy> duplicatesProperty() {
        return duplicates;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
