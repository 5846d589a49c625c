package org.waymark.ui.activities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.source.DataSource;
import org.waymark.store.activity.ActivityRunReport;
import org.waymark.ui.background.AnswerLine;

/**
 * The Activities tab: the imported data sources, the activity definitions (searchable by name, source or type), and
 * what a user does with them: import a file (through {@link #importing()}), define an activity (through {@link
 * #wizard()}, then {@link #save}), rename, delete (its timeline entries go too), show or hide in the timeline, and
 * Run, which unifies every definition into the interactions table. Store work runs on {@code background} through an
 * {@link AnswerLine} for the lists and one for the changes; results and messages are applied on {@code ui}.
 */
public final class ActivitiesViewModel {

    private final ActivitySources stores;
    private final Executor background;
    private final Executor ui;
    /** The data sources and definitions: a newer read makes an older one stale. */
    private final AnswerLine lists;
    /** Saves, renames, deletes and runs: each is done, and each says how it went with the lists as they now are. */
    private final AnswerLine changes;
    private final ObservableList<ActivityRow> all = FXCollections.observableArrayList();
    private final FilteredList<ActivityRow> shown = new FilteredList<>(all);
    private final ObservableList<DataSource> sourceList = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ActivitiesViewModel(ActivitySources stores, Executor background, Executor ui) {
        this.stores = stores;
        this.background = background;
        this.ui = ui;
        this.lists = new AnswerLine(background, ui);
        this.changes = new AnswerLine(background, ui);
        busy.bind(lists.busyProperty().or(changes.busyProperty()));
        search.addListener((obs, old, text) -> shown.setPredicate(row -> matches(row, text)));
    }

    /** Reads the data sources and definitions again. */
    public void refresh() {
        lists.ask(this::read, this::show, e -> message.set("Cannot read the activities: " + e.getMessage()));
    }

    /** A new import of a file as a data source, with this tab's store and threads. */
    public SourceImportViewModel importing() {
        return new SourceImportViewModel(stores.importer(), background, ui);
    }

    /** Says what {@code source}'s import did, and reads the lists again. */
    public void imported(DataSource source) {
        changed(String.format("Imported %s: %,d rows into the table %s", source.name(), source.rowCount(),
                source.tableName()));
    }

    /** The wizard for a new activity over the data sources as listed; the names taken are every activity's. */
    public ActivityWizardViewModel wizard() {
        return new ActivityWizardViewModel(sourceList, all.stream().map(ActivityRow::name).collect(Collectors.toSet()),
                stores.keys()::check, background, ui);
    }

    /** Saves the wizard's {@code definition}, and puts its rows on the timelines when {@code createActivities}. */
    public void save(ActivityDefinition definition, boolean createActivities) {
        change(() -> {
            stores.activities().save(definition);
            String done = "Saved the activity \"" + definition.name() + "\"";
            return createActivities ? done + String.format(" and created %,d timeline entries",
                    stores.unifier().run(definition).unified()) : done;
        }, "Cannot save the activity");
    }

    /** Renames {@code name}; the reason when the new name cannot be used, else empty (and the list follows). */
    public Optional<String> rename(String name, String newName) {
        String wanted = newName == null ? "" : newName.strip();
        try {
            ActivityDefinition.checkName(wanted);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (!wanted.equals(name) && all.stream().anyMatch(r -> r.name().equals(wanted))) {
            return Optional.of("An activity named \"" + wanted + "\" already exists");
        }
        change(() -> {
            stores.activities().rename(name, wanted); // its timeline entries follow in the same transaction
            return "Renamed \"" + name + "\" to \"" + wanted + "\"";
        }, "Cannot rename the activity");
        return Optional.empty();
    }

    /** Deletes {@code name} and its timeline entries. */
    public void delete(String name) {
        change(() -> {
            stores.activities().delete(name);
            return "Deleted the activity \"" + name + "\" and its timeline entries";
        }, "Cannot delete the activity");
    }

    /** Deletes the data source {@code name} and its table; refused, with the reason, while an activity reads it. */
    public void deleteSource(String name) {
        change(() -> {
            stores.sources().delete(name);
            return "Deleted the data source \"" + name + "\" and its table";
        }, "Cannot delete the data source");
    }

    /** Shows or hides {@code name} in the timeline, and brings the timeline in line at once. */
    public void showInTimeline(String name, boolean show) {
        change(() -> {
            ActivityDefinition changed = stores.activities().find(name).orElseThrow().withShowInTimeline(show);
            stores.activities().save(changed);
            ActivityRunReport report = stores.unifier().run(changed);
            return show ? "\"" + name + "\" shows in the timeline: " + report.unified() + " entries"
                    : "\"" + name + "\" is hidden from the timeline: " + report.removed() + " entries removed";
        }, "Cannot change the activity");
    }

    /** Unifies every definition into the timeline; running again adds no duplicates. */
    public void runAll() {
        change(() -> {
            List<ActivityRunReport> reports = stores.unifier().runAll();
            long entries = reports.stream().mapToLong(ActivityRunReport::unified).sum();
            long left = reports.stream().mapToLong(r -> r.unmatched() + r.withoutTime()).sum();
            return "Ran " + reports.size() + (reports.size() == 1 ? " activity: " : " activities: ")
                    + entries + " timeline entries" + (left == 0 ? "" : ", " + left + " rows left out (no contact, "
                    + "account or time)");
        }, "Cannot run the activities");
    }

    /** Tells the list that the store changed elsewhere (an import, a saved definition). */
    public void changed(String what) {
        message.set(what);
        refresh();
    }

    /** A change done in the background, then the lists read again: what it did is said once they show. */
    private void change(Callable<String> work, String failure) {
        changes.run(progress -> new Changed(work.call(), read()), done -> {
            show(done.lists());
            message.set(done.said());
        }, e -> {
            message.set(failure + ": " + e.getMessage());
            refresh(); // a change refused part-way: show what the store holds
        });
    }

    private record Lists(List<ActivityRow> rows, List<DataSource> tables) {
    }

    private record Changed(String said, Lists lists) {
    }

    /** On the background thread. */
    private Lists read() {
        return new Lists(stores.activities().list().stream().map(ActivityRow::of).toList(), stores.sources().list());
    }

    private void show(Lists read) {
        all.setAll(read.rows());
        sourceList.setAll(read.tables());
    }

    private static boolean matches(ActivityRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return row.name().toLowerCase(Locale.ROOT).contains(needle)
                || row.source().toLowerCase(Locale.ROOT).contains(needle)
                || row.type().toLowerCase(Locale.ROOT).contains(needle);
    }

    public ObservableList<ActivityRow> rows() {
        return shown;
    }

    public ObservableList<DataSource> sources() {
        return sourceList;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
