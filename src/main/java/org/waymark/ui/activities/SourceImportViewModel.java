package org.waymark.ui.activities;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
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
import org.waymark.store.source.ImportCancelledException;
import org.waymark.store.source.ImportProgress;
import org.waymark.store.source.SourceImport;

/**
 * Importing a CSV file as a data source: the file, its name in the store, the delimiter, header and encoding (detected,
 * then editable: each change reads the preview again), the column types (inferred, editable), the first rows, and the
 * import itself in the background with rows done and Cancel. A bad file names its row and column and leaves the store
 * unchanged.
 */
public final class SourceImportViewModel {

    public static final int PREVIEW_ROWS = 20;

    private final DataSourceImporter importer;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>();
    private final BooleanProperty header = new SimpleBooleanProperty(true);
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>();
    private final BooleanProperty replace = new SimpleBooleanProperty(false);
    private final ObjectProperty<SourcePreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<ColumnType> types = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final LongProperty rowsDone = new SimpleLongProperty(0);
    private final BooleanBinding canImport;
    private AtomicBoolean cancel = new AtomicBoolean();
    private boolean reading;

    public SourceImportViewModel(DataSourceImporter importer, Executor background, Executor ui) {
        this.importer = importer;
        this.background = background;
        this.ui = ui;
        canImport = Bindings.createBooleanBinding(() -> preview.get() != null && !running.get()
                && SourceNames.isSafe(name.get()), preview, running, name);
    }

    /** Reads {@code chosen} with everything detected, and suggests a name from the file's name. */
    public void choose(Path chosen) {
        if (!java.nio.file.Files.isRegularFile(chosen)) {
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
        cancel = new AtomicBoolean();
        AtomicBoolean mine = cancel;
        SourceImport request = SourceImport.of(name.get(), file.get())
                .withOptions(new CsvOptions(delimiter.get(), header.get(), encoding.get()))
                .withTypes(new ArrayList<>(types)).replacing(replace.get());
        running.set(true);
        rowsDone.set(0);
        problem.set("");
        inBackground(() -> {
            try {
                DataSource source = importer.importFile(request, new ImportProgress() {
                    @Override
                    public void rowsDone(long rows) {
                        ui.execute(() -> rowsDone.set(rows));
                    }

                    @Override
                    public boolean cancelled() {
                        return mine.get();
                    }
                });
                ui.execute(() -> {
                    running.set(false);
                    done.accept(source);
                });
            } catch (ImportCancelledException e) {
                ui.execute(() -> stopped("Import cancelled; nothing was written."));
            } catch (RuntimeException e) {
                ui.execute(() -> stopped(e.getMessage() + ". Nothing was written."));
            }
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    private void stopped(String why) {
        running.set(false);
        problem.set(why);
    }

    private void read(CsvOptions options) {
        Path chosen = file.get();
        problem.set("");
        inBackground(() -> {
            try {
                SourcePreview read = importer.preview(chosen, options, PREVIEW_ROWS);
                ui.execute(() -> show(read));
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    preview.set(null);
                    types.clear();
                    problem.set(e.getMessage());
                });
            }
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

    private void inBackground(Runnable work) {
        try {
            background.execute(work);
        } catch (RejectedExecutionException closing) {
            // the window is closing
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

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyLongProperty rowsDoneProperty() {
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
