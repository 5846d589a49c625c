package org.waymark.ui.canvas;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
    /** The smallest text on a card, in pixels at zoom 1 and 100 % UI scale (canvas.css: counts, problems, lanes). */
    static final double SMALLEST_CARD_TEXT = 11;
    /** The smallest size Fit lets that text be drawn at, in screen pixels. */
    static final double READABLE_TEXT = 9;
    private static final double ZOOM_STEP = 1.25;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final PipelineLayout layout;
    private final TileSummary summary;
    private final JourneyRules rules;
    private final ObjectProperty<PipelineDrawing> drawing = new SimpleObjectProperty<>(PipelineDrawing.EMPTY);
    private final ObjectProperty<TileProblems> problems = new SimpleObjectProperty<>(TileProblems.NONE);
    private final TileSelection selection = new TileSelection();
    private TileAccessibleName names = TileAccessibleName.NONE;
    private final ChangeListener<Journey> redraw = (obs, old, journey) -> show(journey);
    private Journey journey;
    private final StringProperty heading = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final StringProperty details = new SimpleStringProperty("");
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final DoubleProperty uiScale = new SimpleDoubleProperty(1.0);
    private final ReadOnlyDoubleWrapper viewScale = new ReadOnlyDoubleWrapper(1.0);
    private final ObjectProperty<Map<String, List<TileBadge>>> results = new SimpleObjectProperty<>(Map.of());

    public JourneyCanvasViewModel(PipelineLayout layout, TileSummary summary, JourneyRules rules) {
        this.layout = layout;
        this.summary = summary;
        this.rules = rules;
        viewScale.bind(zoom.multiply(uiScale));
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
            if (session != null && session != old) {
                resetZoom(); // each journey opens readable, not at the zoom another one was left at
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
        if (journey != this.journey) {
            results.set(Map.of());
        }
        this.journey = journey;
        PipelineDrawing laidOut = layout.layout(journey.pipeline(),
                (tile, nested) -> BadgeRows.band(results.get().getOrDefault(tile.id(), List.of()), nested));
        Set<String> paths = laidOut.tiles().stream().map(PlacedTile::path).collect(Collectors.toSet());
        List<JourneyProblem> found = rules.check(journey);
        problems.set(new TileProblems(found, paths));
        names = new TileAccessibleName(journey.pipeline(), problems.get());
        selection.retain(laidOut.tiles().stream().map(t -> t.tile().id()).toList());
        drawing.set(laidOut);
        heading.set(journey.name());
        showing.set(true);
        details.set(details(journey, laidOut, problems.get()));
    }

    public void clear() {
        journey = null;
        results.set(Map.of());
        selection.select(null);
        problems.set(TileProblems.NONE);
        names = TileAccessibleName.NONE;
        drawing.set(PipelineDrawing.EMPTY);
        heading.set("");
        showing.set(false);
        details.set("");
    }

    public String statusLine(PlacedTile placed) {
        return summary.of(placed.tile());
    }

    /** The counts of the last simulation for the tile ("980 sent · 412 opened · 96 clicked"), or "" when none. */
    public String resultLine(PlacedTile placed) {
        return TileBadge.line(resultBadges(placed));
    }

    /** The badges of the last simulation's counts for the tile; none when there was no simulation. */
    public List<TileBadge> resultBadges(PlacedTile placed) {
        return results.get().getOrDefault(placed.tile().id(), List.of());
    }

    /**
     * Shows simulation counts by tile id as badges under the tiles' headers (the cards grow to hold them); they go
     * when the journey changes.
     */
    public void showResults(Map<String, List<TileBadge>> badgesByTileId) {
        results.set(Map.copyOf(badgesByTileId));
        if (journey != null) {
            show(journey);
        }
    }

    public ReadOnlyObjectProperty<Map<String, List<TileBadge>>> resultsProperty() {
        return results;
    }

    /**
     * What a screen reader says on the tile, as {@link TileAccessibleName} words it: e.g. "Trigger 'Clicked the
     * download link?', step 3 of 10; true path: Create lead 'Lead for the playbook'; false path: Email 'Second chance'".
     */
    public String accessibleText(PlacedTile placed) {
        return names.of(placed.tile());
    }

    /**
     * The status line, then the simulation's counts, the tile's problems and the keys that work on it; for screen
     * readers and tooltips.
     */
    public String accessibleHelp(PlacedTile placed) {
        StringBuilder help = new StringBuilder(statusLine(placed));
        List<TileBadge> badges = resultBadges(placed);
        if (!badges.isEmpty()) {
            help.append(". Simulated: ").append(TileBadge.spoken(badges));
        }
        for (JourneyProblem problem : problems.get().of(placed.path())) {
            help.append(". ").append(problem.severity() == Severity.ERROR ? "Error: " : "Warning: ")
                    .append(problem.message());
        }
        return help.append(". ").append(names.keys(placed.tile())).toString();
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

    /**
     * Zooms so that the whole drawing, at the UI scale, fits a viewport of this size in both directions, but never
     * beyond 100 % and never so small that a card's smallest text would be drawn under {@value #READABLE_TEXT} px:
     * a journey too long for that is shown at the smallest readable zoom, and scrolls. True when it all fits.
     */
    public boolean zoomToFit(double viewportWidth, double viewportHeight) {
        PipelineDrawing current = drawing.get();
        if (current.width() <= 0 || current.height() <= 0 || viewportWidth <= 0 || viewportHeight <= 0) {
            return true;
        }
        double fit = Math.min(viewportWidth / current.width(), viewportHeight / current.height()) / uiScale.get();
        zoom.set(Math.max(readableZoom(), Math.min(1.0, fit)));
        return fit >= zoom.get();
    }

    /** The smallest zoom at which a card's smallest text is drawn at least {@value #READABLE_TEXT} px high. */
    public double readableZoom() {
        return Math.min(1.0, Math.max(MIN_ZOOM, READABLE_TEXT / SMALLEST_CARD_TEXT / uiScale.get()));
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

    /** The UI scale (1.0 at 100 %), which the canvas is drawn larger by on top of the zoom. */
    public DoubleProperty uiScaleProperty() {
        return uiScale;
    }

    /** Screen pixels per canvas pixel: the zoom times the UI scale. */
    public ReadOnlyDoubleProperty viewScaleProperty() {
        return viewScale.getReadOnlyProperty();
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
