package org.waymark.ui.contacts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.waymark.model.audience.ContactImportReport;
import org.waymark.model.audience.DuplicatePolicy;
import org.waymark.model.source.CsvOptions;
import org.waymark.store.audience.ContactImporter;

/**
 * Importing contacts from a CSV file: the file's path, what to do with emails the store knows (update or skip), and
 * the import in the background; a bad file's row and column come back as the problem, and nothing is imported.
 */
public final class ContactImportViewModel {

    private final ContactImporter importer;
    private final Executor background;
    private final Executor ui;
    private final StringProperty path = new SimpleStringProperty("");
    private final ObjectProperty<DuplicatePolicy> duplicates = new SimpleObjectProperty<>(DuplicatePolicy.SKIP);
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanBinding canImport;

    public ContactImportViewModel(ContactImporter importer, Executor background, Executor ui) {
        this.importer = importer;
        this.background = background;
        this.ui = ui;
        canImport = Bindings.createBooleanBinding(() -> !path.get().isBlank() && !running.get(), path, running);
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
        running.set(true);
        problem.set("");
        try {
            background.execute(() -> {
                try {
                    ContactImportReport report = importer.importFile(file, CsvOptions.DETECT, policy);
                    ui.execute(() -> {
                        running.set(false);
                        done.accept(report);
                    });
                } catch (RuntimeException e) {
                    ui.execute(() -> {
                        running.set(false);
                        problem.set(e.getMessage() + "; nothing was imported.");
                    });
                }
            });
        } catch (RejectedExecutionException closing) {
            running.set(false);
        }
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
