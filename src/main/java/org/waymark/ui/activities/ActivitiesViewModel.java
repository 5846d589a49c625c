package org.waymark.ui.activities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.source.DataSource;
import org.waymark.store.activity.ActivityRepository;
import org.waymark.store.activity.ActivityRunReport;
import org.waymark.store.activity.ActivityUnifier;
import org.waymark.store.source.DataSources;

/**
 * The Activities tab: the imported data sources, the activity definitions (searchable by name, source or type), and
 * what a user does with them: rename, delete (its timeline entries go too), show or hide in the timeline, and Run,
 * which unifies every definition into the interactions table. Store work runs on {@code background}; results and
 * messages are applied on {@code ui}.
 */
public final class ActivitiesViewModel {

    private final ActivityRepository activities;
    private final ActivityUnifier unifier;
    private final DataSources sources;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<ActivityRow> all = FXCollections.observableArrayList();
    private final FilteredList<ActivityRow> shown = new FilteredList<>(all);
    private final ObservableList<DataSource> sourceList = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ActivitiesViewModel(ActivityRepository activities, ActivityUnifier unifier, DataSources sources,
                               Executor background, Executor ui) {
        this.activities = activities;
        this.unifier = unifier;
        this.sources = sources;
        this.background = background;
        this.ui = ui;
        search.addListener((obs, old, text) -> shown.setPredicate(row -> matches(row, text)));
    }

    /** Reads the data sources and definitions again. */
    public void refresh() {
        work(() -> refreshed(null), null);
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
        work(() -> {
            activities.rename(name, wanted); // its timeline entries follow in the same transaction
            return refreshed("Renamed \"" + name + "\" to \"" + wanted + "\"");
        }, "Cannot rename the activity");
        return Optional.empty();
    }

    /** Deletes {@code name} and its timeline entries. */
    public void delete(String name) {
        work(() -> {
            activities.delete(name);
            return refreshed("Deleted the activity \"" + name + "\" and its timeline entries");
        }, "Cannot delete the activity");
    }

    /** Deletes the data source {@code name} and its table; refused, with the reason, while an activity reads it. */
    public void deleteSource(String name) {
        work(() -> {
            sources.delete(name);
            return refreshed("Deleted the data source \"" + name + "\" and its table");
        }, "Cannot delete the data source");
    }

    /** Shows or hides {@code name} in the timeline, and brings the timeline in line at once. */
    public void showInTimeline(String name, boolean show) {
        work(() -> {
            ActivityDefinition changed = activities.find(name).orElseThrow().withShowInTimeline(show);
            activities.save(changed);
            ActivityRunReport report = unifier.run(changed);
            return refreshed(show ? "\"" + name + "\" shows in the timeline: " + report.unified() + " entries"
                    : "\"" + name + "\" is hidden from the timeline: " + report.removed() + " entries removed");
        }, "Cannot change the activity");
    }

    /** Unifies every definition into the timeline; running again adds no duplicates. */
    public void runAll() {
        work(() -> {
            List<ActivityRunReport> reports = unifier.runAll();
            long entries = reports.stream().mapToLong(ActivityRunReport::unified).sum();
            long left = reports.stream().mapToLong(r -> r.unmatched() + r.withoutTime()).sum();
            return refreshed("Ran " + reports.size() + (reports.size() == 1 ? " activity: " : " activities: ")
                    + entries + " timeline entries" + (left == 0 ? "" : ", " + left + " rows left out (no contact, "
                    + "account or time)"));
        }, "Cannot run the activities");
    }

    /** Tells the list that the store changed elsewhere (an import, a saved definition). */
    public void changed(String what) {
        message.set(what);
        refresh();
    }

    /** Reads the lists; the returned step shows them and {@code done} (null: the message stays). */
    private Runnable refreshed(String done) {
        List<ActivityRow> rows = activities.list().stream().map(ActivityRow::of).toList();
        List<DataSource> tables = sources.list();
        return () -> {
            all.setAll(rows);
            sourceList.setAll(tables);
            if (done != null) {
                message.set(done);
            }
        };
    }

    private void work(Supplier<Runnable> job, String failure) {
        busy.set(true);
        try {
            background.execute(() -> {
                Runnable apply;
                try {
                    apply = job.get();
                } catch (RuntimeException e) {
                    apply = () -> message.set((failure == null ? "Cannot read the activities" : failure) + ": "
                            + e.getMessage());
                }
                Runnable result = apply;
                ui.execute(() -> {
                    result.run();
                    busy.set(false);
                });
            });
        } catch (RejectedExecutionException closing) {
            busy.set(false);
        }
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
        return busy;
    }
}
