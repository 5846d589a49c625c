package org.waymark.ui.activities;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.source.ColumnType;
import org.waymark.model.source.CsvOptions;
import org.waymark.model.source.DataSource;
import org.waymark.model.source.SourceColumn;
import org.waymark.model.source.SourceNames;
import org.waymark.model.source.SourcePreview;
import org.waymark.store.source.DataSourceImporter;
import org.waymark.store.source.ImportProgress;
import org.waymark.store.source.SourceImport;
import org.waymark.ui.background.AnswerLine;

/**
 * Importing a CSV file as a data source: the file, its name in the store, the delimiter, header and encoding (detected,
 * then editable: each change reads the preview again), the column types (inferred, editable), the first rows, and the
 * import itself in the background with rows done and Cancel, as a job on an {@link AnswerLine}. A bad file names its
 * row and column and leaves the store unchanged.
 */
public final class SourceImportViewModel {

    public static final int PREVIEW_ROWS = 20;

    private final DataSourceImporter importer;
    /** The preview: reading the file again makes the answer for the last reading stale. */
    private final AnswerLine previews;
    /** The import: one at a time, running while the line is busy, with its rows done and Cancel. */
    private final AnswerLine imports;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>();
    private final BooleanProperty header = new SimpleBooleanProperty(true);
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>();
    private final BooleanProperty replace = new SimpleBooleanProperty(false);
    private final ObjectProperty<SourcePreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<ColumnType> types = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding canImport;
    private final StringBinding rowsDone;
    private boolean reading;

    public SourceImportViewModel(DataSourceImporter importer, Executor background, Executor ui) {
        this.importer = importer;
        this.previews = new AnswerLine(background, ui);
        this.imports = new AnswerLine(background, ui);
        ReadOnlyBooleanProperty running = imports.busyProperty();
        canImport = Bindings.createBooleanBinding(() -> preview.get() != null && !running.get()
                && SourceNames.isSafe(name.get()), preview, running, name);
        rowsDone = Bindings.createStringBinding(() -> !running.get() ? ""
                : imports.progressTextProperty().get().isEmpty() ? rowsText(0) : imports.progressTextProperty().get(),
                running, imports.progressTextProperty());
    }

    /** Reads {@code chosen} with everything detected, and suggests a name from the file's name. */
    public void choose(Path chosen) {
        if (!java.nio.file.Files.isRegularFile(chosen)) {
            previews.drop();
            file.set(null);
            preview.set(null);
            types.clear();
            problem.set(chosen + ": no such file");
            return;
        }
        file.set(chosen);
        String base = String.valueOf(chosen.getFileName()).replaceFirst("(?i)\\.(csv|txt|tsv)$", "");
        name.set(SourceNames.suggest(base, "source"));
        read(CsvOptions.DETECT);
    }

    /** Reads the file again with the delimiter, header and encoding as they are now set. */
    public void reread() {
        if (file.get() != null && !reading) {
            read(new CsvOptions(delimiter.get(), header.get(), encoding.get()));
        }
    }

    public void setType(int column, ColumnType type) {
        types.set(column, type);
    }

    /** Imports the file in the background; {@code done} gets the new data source on the ui executor. */
    public void importNow(Consumer<DataSource> done) {
        if (!canImport.get()) {
            return;
        }
        SourceImport request = SourceImport.of(name.get(), file.get())
                .withOptions(new CsvOptions(delimiter.get(), header.get(), encoding.get()))
                .withTypes(new ArrayList<>(types)).replacing(replace.get());
        problem.set("");
        imports.run(progress -> importer.importFile(request, new ImportProgress() {
            @Override
            public void rowsDone(long rows) {
                progress.report(-1, rowsText(rows));
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        }), done, e -> problem.set(e instanceof CancellationException ? "Import cancelled; nothing was written."
                : e.getMessage() + ". Nothing was written."));
    }

    /** Stops the running import; nothing of it is written. */
    public void cancel() {
        imports.cancel();
    }

    private static String rowsText(long rows) {
        return String.format(Locale.ENGLISH, "%,d rows imported…", rows);
    }

    private void read(CsvOptions options) {
        Path chosen = file.get();
        problem.set("");
        previews.ask(() -> importer.preview(chosen, options, PREVIEW_ROWS), this::show, e -> {
            preview.set(null);
            types.clear();
            problem.set(e.getMessage());
        });
    }

    private void show(SourcePreview read) {
        reading = true;
        try {
            delimiter.set(read.format().delimiter());
            header.set(read.format().header());
            encoding.set(read.format().encoding());
            List<ColumnType> inferred = read.columns().stream().map(SourceColumn::type).toList();
            types.setAll(inferred);
            preview.set(read);
        } finally {
            reading = false;
        }
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public BooleanProperty headerProperty() {
        return header;
    }

    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    public BooleanProperty replaceProperty() {
        return replace;
    }

    public ReadOnlyObjectProperty<SourcePreview> previewProperty() {
        return preview;
    }

    public ObservableList<ColumnType> types() {
        return types;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** True from Import until the import has ended (a cancelled one until it has stopped). */
    public ReadOnlyBooleanProperty runningProperty() {
        return imports.busyProperty();
    }

    /** "12,000 rows imported…" while the import runs, "" otherwise. */
    public StringBinding rowsDoneBinding() {
        return rowsDone;
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }

    /** Why the name cannot be used, or "". */
    public String nameProblem() {
        return SourceNames.isSafe(name.get()) ? "" : "Lower-case letters, digits and _, starting with a letter";
    }
}
