package org.waymark.ui.journeys;

import java.util.List;
import java.util.OptionalLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.journey.JourneySummary;
import org.waymark.store.JourneyRepository;
import org.waymark.store.StoreException;

/** The journeys of the store whose name contains the search text, and the one selected among them. */
public final class JourneyListViewModel {

    private final JourneyRepository journeys;
    private final ProblemReporter problems;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<JourneySummary> summaries = FXCollections.observableArrayList();
    private final ObservableList<JourneySummary> readOnlySummaries = FXCollections.unmodifiableObservableList(summaries);
    private final ObjectProperty<JourneySummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<OptionalLong> unsaved = new SimpleObjectProperty<>(OptionalLong.empty());

    public JourneyListViewModel(JourneyRepository journeys, ProblemReporter problems) {
        this.journeys = journeys;
        this.problems = problems;
        search.addListener((obs, old, text) -> refresh());
    }

    /** Reads the list again; the selection stays on the same journey when it is still listed. */
    public void refresh() {
        OptionalLong keep = selectedId();
        List<JourneySummary> found;
        try {
            found = journeys.list(search.get());
        } catch (StoreException e) {
            problems.report("Cannot list the journeys", e.getMessage());
            return;
        }
        summaries.setAll(found);
        selected.set(keep.isPresent() ? find(keep.getAsLong()) : null);
    }

    /** Selects the journey with this id, clearing the search first when it hides it. */
    public void select(long id) {
        if (find(id) == null && !search.get().isEmpty()) {
            search.set("");
        }
        selected.set(find(id));
    }

    public OptionalLong selectedId() {
        JourneySummary summary = selected.get();
        return summary == null ? OptionalLong.empty() : OptionalLong.of(summary.id());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<JourneySummary> summaries() {
        return readOnlySummaries;
    }

    public ObjectProperty<JourneySummary> selectedProperty() {
        return selected;
    }

    /** Marks the journey with unsaved changes (none when empty): its row shows the mark before its name. */
    public void markUnsaved(OptionalLong id) {
        unsaved.set(id);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<OptionalLong> unsavedProperty() {
        return unsaved;
    }

    /** The name a row shows: "• Welcome series" while that journey has unsaved changes. */
    public String displayName(JourneySummary summary) {
        boolean marked = unsaved.get().isPresent() && unsaved.get().getAsLong() == summary.id();
        return (marked ? JourneyTitle.UNSAVED_MARK : "") + summary.name();
    }

    private JourneySummary find(long id) {
        return summaries.stream().filter(s -> s.id() == id).findFirst().orElse(null);
    }
}
