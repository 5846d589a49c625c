package org.waymark.ui.canvas;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyProblem.Severity;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.journey.Schedule;
import org.waymark.ui.edit.EditSession;

/**
 * What the journey canvas shows: the laid-out pipeline of the opened journey, its problems by tile, which
 * tiles are selected, the zoom, and the words that describe each tile to sighted and screen-reader users.
 * While it {@link #follow follows} the open journey's edit session, it redraws on every change (undo and redo
 * included) and its selection is the session's.
 */
public final class JourneyCanvasViewModel {

    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 2.0;
    private static final double ZOOM_STEP = 1.25;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final PipelineLayout layout;
    private final TileSummary summary;
    private final JourneyRules rules;
    private final ObjectProperty<PipelineDrawing> drawing = new SimpleObjectProperty<>(PipelineDrawing.EMPTY);
    private final ObjectProperty<TileProblems> problems = new SimpleObjectProperty<>(TileProblems.NONE);
    private final TileSelection selection = new TileSelection();
    private final ChangeListener<Journey> redraw = (obs, old, journey) -> show(journey);
    private Journey journey;
    private final StringProperty heading = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final StringProperty details = new SimpleStringProperty("");
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);

    public JourneyCanvasViewModel(PipelineLayout layout, TileSummary summary, JourneyRules rules) {
        this.layout = layout;
        this.summary = summary;
        this.rules = rules;
    }

    /**
     * Shows the journey of whichever edit session is current (none: an empty canvas), redraws it whenever it
     * changes, and shares the session's selection.
     */
    public void follow(ObservableValue<EditSession> sessions) {
        sessions.addListener((obs, old, session) -> {
            if (old != null) {
                old.journeyProperty().removeListener(redraw);
                Bindings.unbindContentBidirectional(old.selection(), selection.ids());
            }
            attach(session);
        });
        attach(sessions.getValue());
    }

    private void attach(EditSession session) {
        selection.select(null);
        if (session == null) {
            clear();
            return;
        }
        show(session.journey());
        Bindings.bindContentBidirectional(session.selection(), selection.ids());
        session.journeyProperty().addListener(redraw);
    }

    /** Lays out {@code journey}; the selection keeps the tiles that are still there. */
    public void show(Journey journey) {
        this.journey = journey;
        PipelineDrawing laidOut = layout.layout(journey.pipeline());
        Set<String> paths = laidOut.tiles().stream().map(PlacedTile::path).collect(Collectors.toSet());
        List<JourneyProblem> found = rules.check(journey);
        problems.set(new TileProblems(found, paths));
        selection.retain(laidOut.tiles().stream().map(t -> t.tile().id()).toList());
        drawing.set(laidOut);
        heading.set(journey.name());
        showing.set(true);
        details.set(details(journey, laidOut, problems.get()));
    }

    public void clear() {
        journey = null;
        selection.select(null);
        problems.set(TileProblems.NONE);
        drawing.set(PipelineDrawing.EMPTY);
        heading.set("");
        showing.set(false);
        details.set("");
    }

    public String statusLine(PlacedTile placed) {
        return summary.of(placed.tile());
    }

    /** E.g. "Trigger 'Clicked the download link?', step 3 of 13". */
    public String accessibleText(PlacedTile placed) {
        return placed.tile().type().label() + " '" + placed.tile().displayName() + "', step " + placed.step()
                + " of " + drawing.get().stepCount();
    }

    /** The status line, then the tile's problems, for screen readers and tooltips. */
    public String accessibleHelp(PlacedTile placed) {
        StringBuilder help = new StringBuilder(statusLine(placed));
        for (JourneyProblem problem : problems.get().of(placed.path())) {
            help.append(". ").append(problem.severity() == Severity.ERROR ? "Error: " : "Warning: ")
                    .append(problem.message());
        }
        return help.toString();
    }

    /** Selects only this tile (null: none). */
    public void select(String tileId) {
        selection.select(tileId);
    }

    /** Ctrl+click: adds the tile to the selection or takes it out. */
    public void toggle(String tileId) {
        selection.toggle(tileId);
    }

    /** Shift+click: extends the selection to this tile along its path. */
    public void extendTo(String tileId) {
        if (journey != null) {
            selection.extendTo(journey, tileId);
        }
    }

    public boolean isSelected(String tileId) {
        return selection.isSelected(tileId);
    }

    /** The selected tile ids, the last one selected last. */
    public ObservableList<String> selection() {
        return selection.ids();
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / ZOOM_STEP));
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    /** Zooms so that the whole drawing fits a viewport of this size, but never beyond 100 % or below the minimum. */
    public void zoomToFit(double viewportWidth, double viewportHeight) {
        PipelineDrawing current = drawing.get();
        if (current.width() <= 0 || current.height() <= 0 || viewportWidth <= 0 || viewportHeight <= 0) {
            return;
        }
        double fit = Math.min(viewportWidth / current.width(), viewportHeight / current.height());
        zoom.set(Math.max(MIN_ZOOM, Math.min(1.0, fit)));
    }

    public ReadOnlyObjectProperty<PipelineDrawing> drawingProperty() {
        return drawing;
    }

    public ReadOnlyObjectProperty<TileProblems> problemsProperty() {
        return problems;
    }

    /** The tile selected last, or null when none is. */
    public ReadOnlyStringProperty selectedTileIdProperty() {
        return selection.primaryProperty();
    }

    /** True while a journey is shown, even one without a name or without tiles. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    private static String details(Journey journey, PipelineDrawing laidOut, TileProblems found) {
        Schedule schedule = journey.settings().schedule();
        String owner = journey.settings().owner().isBlank() ? "" : " · " + journey.settings().owner();
        return journey.settings().status().label() + owner + " · " + DAY.format(schedule.start()) + " – "
                + DAY.format(schedule.end()) + " (" + schedule.zone().getId() + ") · "
                + laidOut.stepCount() + (laidOut.stepCount() == 1 ? " tile" : " tiles") + " · "
                + problemCount(found);
    }

    private static String problemCount(TileProblems found) {
        long errors = found.count(Severity.ERROR);
        long warnings = found.count(Severity.WARNING);
        if (errors == 0 && warnings == 0) {
            return "no problems found";
        }
        String text = errors == 0 ? "" : errors + (errors == 1 ? " error" : " errors");
        if (warnings > 0) {
            text += (text.isEmpty() ? "" : ", ") + warnings + (warnings == 1 ? " warning" : " warnings");
        }
        return text;
    }
}
