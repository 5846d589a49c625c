package org.waymark.ui.simulation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyProblem.Severity;
import org.waymark.model.journey.JourneyRules;
import org.waymark.store.AppSettingsRepository;
import org.waymark.ui.canvas.JourneyCanvasViewModel;
import org.waymark.ui.canvas.JourneyView;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.files.FilePicker;
import org.waymark.ui.simulation.SimulationRunViewModel.State;

/**
 * The simulator in the window: File ▸ Simulate… asks for the settings and runs them in the background, with a
 * progress card over the canvas; Simulate again reruns the last settings. When a run ends, each tile card shows its
 * counts and the Data tab the totals and the funnel (and is shown); a failure is explained in a dialog. The seed is
 * remembered in the app settings; the other choices for as long as the window is open.
 */
public final class Simulations {

    static final String SEED_SETTING = "simulation.seed";

    private final Stage owner;
    private final ObservableValue<EditSession> sessions;
    private final Supplier<OptionalLong> openedId;
    private final AppSettingsRepository appSettings;
    private final Consumer<String> status;
    private final Clock clock;
    private final ExecutorService background;
    private final SimulationRunViewModel run;
    private final SimulationDataViewModel data = new SimulationDataViewModel();
    private final SimulationSettingsDialog dialog;
    private final BooleanProperty hasSettings = new SimpleBooleanProperty();
    private final JourneyRules rules = new JourneyRules();
    private SimulationSettings last;
    private SimulationProgressPane progress;
    private JourneyView view;

    public Simulations(Stage owner, ObservableValue<EditSession> sessions, Supplier<OptionalLong> openedId,
                       JourneyCanvasViewModel canvas, SimulationService service, AppSettingsRepository appSettings,
                       Consumer<String> status, Clock clock, FilePicker files) {
        this.dialog = new SimulationSettingsDialog(files);
        this.owner = owner;
        this.sessions = sessions;
        this.openedId = openedId;
        this.appSettings = appSettings;
        this.status = status;
        this.clock = clock;
        this.background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "waymark-simulation");
            thread.setDaemon(true);
            return thread;
        });
        this.run = new SimulationRunViewModel(service, background, Platform::runLater);
        run.follow(sessions);
        data.follow(run.resultProperty());
        TileResultText lines = new TileResultText();
        run.resultProperty().addListener((obs, old, result) ->
                canvas.showResults(result == null ? Map.of() : lines.lines(result)));
        run.stateProperty().addListener((obs, old, state) -> ended(state));
        owner.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            run.cancel();
            background.shutdown();
        });
    }

    /** Puts the progress card over the canvas and the Data tab into the sidebar, with these action buttons. */
    public void install(JourneyView journeyView, Node runAgainButton, Node simulateButton) {
        this.view = journeyView;
        progress = new SimulationProgressPane(run);
        progress.getStylesheets().add(SimulationSettingsDialog.STYLESHEET);
        StackPane.setAlignment(progress, Pos.BOTTOM_LEFT);
        StackPane.setMargin(progress, new Insets(0, 0, 18, 18));
        journeyView.addCanvasOverlay(progress);
        journeyView.sidebar().setDataPane(new SimulationDataPanel(data, runAgainButton, simulateButton));
    }

    /** File ▸ Simulate…: the settings dialog for the open journey, then the run. */
    public void simulate() {
        EditSession session = sessions.getValue();
        if (session == null || run.runningProperty().get()) {
            return;
        }
        Journey journey = session.journey();
        if (!simulatable(journey)) {
            return;
        }
        SimulationSettings initial = last == null ? SimulationSettings.defaults(rememberedSeed(), journey)
                : last.forJourney(journey);
        SimulationSettingsViewModel model = new SimulationSettingsViewModel(initial,
                SimulationSettingsViewModel::readModel);
        dialog.ask(owner, journey.name(), model).ifPresent(this::start);
    }

    /** Runs the open journey again with the last settings. */
    public void simulateAgain() {
        EditSession session = sessions.getValue();
        if (last != null && session != null && simulatable(session.journey())) {
            start(last);
        }
    }

    /** A journey is open and no simulation runs. */
    public BooleanBinding canSimulate() {
        return Bindings.createBooleanBinding(() -> sessions.getValue() != null && !run.runningProperty().get(),
                sessions, run.runningProperty());
    }

    /** As {@link #canSimulate()}, once settings have been chosen. */
    public BooleanBinding canSimulateAgain() {
        return canSimulate().and(hasSettings);
    }

    /** The running or last simulation, for tests and the status bar. */
    public SimulationRunViewModel run() {
        return run;
    }

    private void start(SimulationSettings settings) {
        EditSession session = sessions.getValue();
        if (session == null) {
            return;
        }
        last = settings;
        hasSettings.set(true);
        rememberSeed(settings.seed());
        SimulationJob job = SimulationJob.of(session.journey(), openedId.get(), settings, clock);
        if (run.start(job)) {
            status.accept("Simulating '" + job.journey().name() + "'; Escape on the progress card cancels");
            if (progress != null) {
                progress.focusCancel();
            }
        }
    }

    private void ended(State state) {
        if (state == State.RUNNING || state == State.IDLE) {
            return;
        }
        status.accept(run.messageProperty().get());
        if (progress != null && view != null && (owner.getScene() == null || owner.getScene().getFocusOwner() == null
                || progress.hasFocusWithin() || !owner.getScene().getFocusOwner().isVisible())) {
            Platform.runLater(view.canvas()::focusSelectionOrFirst);
        }
        if (state == State.DONE && view != null) {
            view.sidebar().showData();
        } else if (state == State.FAILED) {
            Alert alert = new Alert(Alert.AlertType.ERROR, run.failureProperty().get());
            alert.initOwner(owner);
            alert.setTitle("Simulate journey");
            alert.setHeaderText("The simulation failed");
            alert.show();
        }
    }

    /** False, after saying why, when the journey has errors the simulator cannot run with. */
    private boolean simulatable(Journey journey) {
        List<JourneyProblem> errors = rules.check(journey).stream()
                .filter(problem -> problem.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, errors.stream().limit(5).map(JourneyProblem::message)
                .collect(Collectors.joining("\n")));
        alert.initOwner(owner);
        alert.setTitle("Simulate journey");
        alert.setHeaderText("'" + journey.name() + "' has " + (errors.size() == 1 ? "an error" : errors.size()
                + " errors") + " to fix before it can be simulated");
        alert.show();
        status.accept("Fix the journey's errors (marked on its tiles) before simulating it");
        return false;
    }

    private long rememberedSeed() {
        try {
            return appSettings.get(SEED_SETTING).map(Long::parseLong).orElse(SimulationSettings.DEFAULT_SEED);
        } catch (RuntimeException e) {
            return SimulationSettings.DEFAULT_SEED;
        }
    }

    private void rememberSeed(long seed) {
        try {
            appSettings.put(SEED_SETTING, Long.toString(seed));
        } catch (RuntimeException ignored) {
            // a seed not remembered only means the next dialog proposes the default one
        }
    }
}
