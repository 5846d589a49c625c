package org.waymark.ui.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.MoveTile;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyRules;
import org.waymark.ui.canvas.JourneyCanvasViewModel;
import org.waymark.ui.canvas.PipelineCanvas;
import org.waymark.ui.canvas.PipelineLayout;
import org.waymark.ui.canvas.TileIcons;
import org.waymark.ui.canvas.TileSummary;
import org.waymark.ui.edit.EditSession;

/**
 * Measures the designer on a generated journey ({@link BenchmarkJourney}) against baselines taken in the same
 * run, as medians of several runs after a warm-up: opening it (layout, canvas nodes, CSS and layout pass)
 * against laying out as many plain labels, and applying a drag (a {@link MoveTile} through the edit session,
 * the canvas redrawn) against the bare tree operation. Runs on the JavaFX application thread. Not a test.
 */
public final class DesignerBenchmark {

    /** One figure: its value, unit and ratio to the baseline it is measured against. */
    public record Figure(String name, double value, String unit, double ratio, String baseline) {
    }

    /** A target of the designer issue and the measured value, both in milliseconds. */
    public record Target(String name, double limitMillis, double measuredMillis) {
        public boolean met() {
            return measuredMillis <= limitMillis;
        }
    }

    public record Result(int tiles, List<Figure> figures, List<Target> targets) {
    }

    public static final double OPEN_TARGET_MS = 1000;
    public static final double DRAG_TARGET_MS = 16;
    static final String STYLESHEET = "/org/waymark/ui/waymark.css";
    private static final int BARE_MOVE_REPEATS = 200;

    private final int tiles;
    private final int warmUps;
    private final int runs;

    public DesignerBenchmark(int tiles, int warmUps, int runs) {
        if (runs < 1 || warmUps < 0) {
            throw new IllegalArgumentException("at least one run, and no negative warm-up");
        }
        this.tiles = tiles;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    public Result run() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the designer benchmark runs on the JavaFX application thread");
        }
        Journey journey = new BenchmarkJourney().create(tiles);
        Move move = Move.in(journey);

        double labels = millis(median(() -> labelsPass(tiles)));
        double layoutOnly = millis(median(() -> {
            long start = System.nanoTime();
            int placed = new PipelineLayout().layout(journey.pipeline()).tiles().size();
            return placed < 0 ? -1 : System.nanoTime() - start;
        }));
        double open = millis(median(() -> openPass(journey)));
        double bare = medianOf(BARE_MOVE_REPEATS, () -> {
            long start = System.nanoTime();
            Journey moved = PipelineTree.move(journey, move.tileId(), move.to());
            return moved == journey ? -1 : System.nanoTime() - start;
        }) / 1e3;
        double[] drag = dragPasses(journey, move);

        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(String.format("%,d labels, CSS + layout (baseline)", tiles), labels, "ms", 1, "itself"));
        figures.add(new Figure("Lay out the journey (PipelineLayout)", layoutOnly, "ms", layoutOnly / labels, "labels"));
        figures.add(new Figure("Open: layout, canvas, CSS + layout", open, "ms", open / labels, "labels"));
        figures.add(new Figure("Bare PipelineTree.move (baseline)", bare, "µs", 1, "itself"));
        figures.add(new Figure("MoveTile through EditSession, no canvas", drag[1] * 1e3, "µs", drag[1] * 1e3 / bare,
                "bare move"));
        figures.add(new Figure("Drag applied: MoveTile + canvas redraw", drag[0], "ms", drag[0] * 1e3 / bare, "bare move"));
        List<Target> targets = List.of(new Target(String.format("Open a %,d-tile journey", tiles), OPEN_TARGET_MS, open),
                new Target("Apply a drag", DRAG_TARGET_MS, drag[0]));
        return new Result(tiles, figures, targets);
    }

    /** Creating, styling and laying out plain labels in a scene: the cost of that many simple nodes. */
    private static long labelsPass(int count) {
        System.gc();
        long start = System.nanoTime();
        Pane pane = new Pane();
        for (int i = 0; i < count; i++) {
            Label label = new Label("Tile " + i);
            label.relocate((i % 40) * 120.0, (i / 40) * 30.0);
            pane.getChildren().add(label);
        }
        Scene scene = styled(pane);
        pane.applyCss();
        pane.layout();
        long time = System.nanoTime() - start;
        return scene.getRoot() == pane ? time : -1;
    }

    /** Opening the journey on a fresh canvas in a scene with the app's stylesheet. */
    private static long openPass(Journey journey) {
        System.gc();
        long start = System.nanoTime();
        JourneyCanvasViewModel model = canvasModel();
        PipelineCanvas canvas = new PipelineCanvas(model, new TileIcons());
        styled(canvas);
        model.show(journey);
        canvas.applyCss();
        canvas.layout();
        return System.nanoTime() - start;
    }

    /**
     * Medians of {drag applied with redraw in ms, MoveTile without a canvas in ms}. After the edit it runs what
     * the next pulse would: CSS for the nodes the redraw made dirty, then layout. ({@code Node.applyCss()} on
     * the canvas itself would restyle every node under it, which no pulse does; on a small probe beside it, it
     * processes exactly the dirty branches, like the scene's own CSS pass.)
     */
    private double[] dragPasses(Journey journey, Move move) {
        EditSession session = new EditSession(journey);
        JourneyCanvasViewModel model = canvasModel();
        PipelineCanvas canvas = new PipelineCanvas(model, new TileIcons());
        Region probe = new Region();
        StackPane root = new StackPane(canvas, probe);
        styled(root);
        model.follow(new SimpleObjectProperty<>(session));
        canvas.applyCss();
        root.layout();
        double withCanvas = millis(median(() -> {
            System.gc();
            long start = System.nanoTime();
            apply(session, move);
            probe.applyCss();
            root.layout();
            long time = System.nanoTime() - start;
            session.undo();
            probe.applyCss();
            root.layout();
            return time;
        }));
        EditSession alone = new EditSession(journey);
        double modelOnly = millis(median(() -> {
            long start = System.nanoTime();
            apply(alone, move);
            long time = System.nanoTime() - start;
            alone.undo();
            return time;
        }));
        return new double[] {withCanvas, modelOnly};
    }

    private static void apply(EditSession session, Move move) {
        session.execute(new MoveTile(session.document(), session.rules(), move.tileId(), move.to()))
                .ifPresent(reason -> {
                    throw new IllegalStateException("the benchmark move was refused: " + reason);
                });
    }

    private static JourneyCanvasViewModel canvasModel() {
        return new JourneyCanvasViewModel(new PipelineLayout(), new TileSummary(), new JourneyRules());
    }

    private static Scene styled(Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().addAll(Objects.requireNonNull(DesignerBenchmark.class.getResource(STYLESHEET)).toExternalForm(),
                org.waymark.ui.appearance.Theme.LIGHT.stylesheetUrl());
        return scene;
    }

    private long median(LongSupplier pass) {
        return medianOf(runs, warmUps, pass);
    }

    private long medianOf(int repeats, LongSupplier pass) {
        return medianOf(repeats, Math.max(warmUps, repeats / 10), pass);
    }

    private static long medianOf(int repeats, int warmUps, LongSupplier pass) {
        for (int i = 0; i < warmUps; i++) {
            check(pass.getAsLong());
        }
        long[] samples = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            samples[i] = check(pass.getAsLong());
        }
        Arrays.sort(samples);
        return samples[repeats / 2];
    }

    private static long check(long nanos) {
        if (nanos < 0) {
            throw new IllegalStateException("a benchmark pass did not do its work");
        }
        return nanos;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** The drag the benchmark applies: the first scheduler of the main path onto the first path of its last tile. */
    record Move(String tileId, InsertionPoint to) {

        static Move in(Journey journey) {
            String scheduler = journey.pipeline().stream().filter(t -> t.type() == org.waymark.model.tile.TileType.SCHEDULER)
                    .findFirst().orElseThrow().id();
            var last = journey.pipeline().get(journey.pipeline().size() - 1);
            InsertionPoint to = new InsertionPoint(PipelineTree.children(last).get(0), 1);
            new InsertionRules().refusalToMove(journey, scheduler, to).ifPresent(reason -> {
                throw new IllegalStateException("the benchmark move is not allowed: " + reason);
            });
            return new Move(scheduler, to);
        }
    }
}
