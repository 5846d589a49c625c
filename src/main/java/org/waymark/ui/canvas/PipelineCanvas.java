package org.waymark.ui.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import org.waymark.ui.appearance.StyleClass;

/**
 * Draws the laid-out pipeline of {@link JourneyCanvasViewModel} in a scroll pane: tile cards, connectors with
 * arrows, lane labels and end markers, and on top the insertion markers of a drag. Clicking a tile or tabbing to
 * it selects it, Ctrl+click toggles it, Shift+click extends the selection; clicking the background or Escape
 * clears the selection. It redraws whenever the journey changes, keeping the selection and the keyboard focus.
 */
public final class PipelineCanvas extends ScrollPane {

    private static final double SCROLL_MARGIN = 24;
    /** While dragging, the pointer this near an edge of the visible part scrolls the canvas. */
    private static final double AUTO_SCROLL_EDGE = 28;
    private static final double AUTO_SCROLL_STEP = 18;

    private final JourneyCanvasViewModel model;
    private final TileIcons icons;
    private final Pane surface = new Pane();
    private final ConnectorLayer lines = new ConnectorLayer();
    /** Tile cards kept by tile id across redraws, in reading order (the Tab order; nested after container). */
    private final Group cards = new Group();
    private final InsertionMarkers markers = new InsertionMarkers();
    private final Map<String, TileNode> nodes = new LinkedHashMap<>();
    private Consumer<TileNode> tileDecorator = node -> { };
    /** True while the canvas itself moves the focus (a click, a redraw): then focusing does not select. */
    private boolean quietFocus;

    public PipelineCanvas(JourneyCanvasViewModel model, TileIcons icons) {
        this.model = model;
        this.icons = icons;
        getStyleClass().add(StyleClass.PIPELINE_CANVAS);
        surface.getStyleClass().add(StyleClass.CANVAS_SURFACE);
        setContent(zoomFrame(surface, model));
        setPannable(false);
        setAccessibleText("Journey canvas");
        surface.getChildren().setAll(lines, cards, markers);
        surface.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                model.select(null);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !model.selection().isEmpty()) {
                model.select(null);
                e.consume();
            }
        });
        model.drawingProperty().addListener((obs, old, drawing) -> draw(drawing));
        model.selection().addListener((ListChangeListener<String>) change -> highlight());
        model.selectedTileIdProperty().addListener((obs, old, id) -> {
            if (focusIsOnSurface()) {
                focusTile(id);
            }
        });
        draw(model.drawingProperty().get());
    }

    /** Lets the designer add its gestures (dragging) to every tile card as it is created. */
    public void setTileDecorator(Consumer<TileNode> decorator) {
        this.tileDecorator = decorator;
        nodes.values().forEach(decorator);
    }

    /** The drawn pipeline, unzoomed coordinates inside; for pictures of the journey. */
    public Node surface() {
        return surface;
    }

    /** The canvas point under a scene point, when it lies in the visible part of the canvas. */
    public Optional<Point> canvasPoint(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || !getLayoutBounds().contains(local)) {
            return Optional.empty();
        }
        Point2D onSurface = surface.sceneToLocal(sceneX, sceneY);
        return Optional.of(new Point(onSurface.getX(), onSurface.getY()));
    }

    /** True when a scene point lies in the visible part of the canvas, away from its edges. */
    public boolean isWellInside(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        Bounds view = getViewportBounds();
        return local != null && local.getX() > AUTO_SCROLL_EDGE && local.getY() > AUTO_SCROLL_EDGE
                && local.getX() < view.getWidth() - AUTO_SCROLL_EDGE && local.getY() < view.getHeight() - AUTO_SCROLL_EDGE;
    }

    /** Scrolls a step towards the edge the pointer is near, so a drag can reach tiles out of sight. */
    public void scrollTowards(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        Bounds view = getViewportBounds();
        Bounds content = getContent().getBoundsInLocal();
        if (local == null || !getLayoutBounds().contains(local)) {
            return;
        }
        double roomX = content.getWidth() - view.getWidth();
        double roomY = content.getHeight() - view.getHeight();
        if (roomX > 0 && local.getX() < AUTO_SCROLL_EDGE) {
            setHvalue(Math.max(0, getHvalue() - AUTO_SCROLL_STEP / roomX));
        } else if (roomX > 0 && local.getX() > view.getWidth() - AUTO_SCROLL_EDGE) {
            setHvalue(Math.min(1, getHvalue() + AUTO_SCROLL_STEP / roomX));
        }
        if (roomY > 0 && local.getY() < AUTO_SCROLL_EDGE) {
            setVvalue(Math.max(0, getVvalue() - AUTO_SCROLL_STEP / roomY));
        } else if (roomY > 0 && local.getY() > view.getHeight() - AUTO_SCROLL_EDGE) {
            setVvalue(Math.min(1, getVvalue() + AUTO_SCROLL_STEP / roomY));
        }
    }

    /** Puts the keyboard focus on a tile without changing the selection. */
    public void focusTile(String tileId) {
        TileNode node = tileId == null ? null : nodes.get(tileId);
        if (node != null) {
            layout();
            focusQuietly(node);
        }
    }

    /** The keyboard focus to the selected tile, or to the first tile (selecting it) when none is selected. */
    public void focusSelectionOrFirst() {
        String selected = model.selectedTileIdProperty().get();
        if (selected != null && nodes.containsKey(selected)) {
            focusTile(selected);
        } else if (!nodes.isEmpty()) {
            layout();
            nodes.values().iterator().next().requestFocus();
        } else {
            requestFocus();
        }
    }

    InsertionMarkers markers() {
        return markers;
    }

    /**
     * Zooms so that the whole journey fits the visible part of the canvas, as far as a readable zoom allows; when it
     * does not all fit, the selected tile (or the start of the journey) shows.
     */
    public void zoomToFit() {
        boolean fits = model.zoomToFit(getViewportBounds().getWidth(), getViewportBounds().getHeight());
        layout();
        TileNode selected = nodes.get(model.selectedTileIdProperty().get());
        if (fits || selected == null) {
            setHvalue(0);
            setVvalue(0);
        } else {
            scrollIntoView(selected);
        }
    }

    /** The tile cards now on the canvas, in reading order. */
    public Iterable<TileNode> tileNodes() {
        return nodes.values();
    }

    /**
     * The scroll pane's content: a frame exactly the zoomed size of the surface (zoom times UI scale: the cards keep
     * their fixed geometry and font sizes and grow with the UI as a whole), which is scaled from its
     * top-left corner. Its size never depends on the cards inside, so styling a card does not make the scroll
     * pane measure them all again.
     */
    private static Pane zoomFrame(Pane surface, JourneyCanvasViewModel model) {
        Scale zoom = new Scale(1, 1, 0, 0);
        zoom.xProperty().bind(model.viewScaleProperty());
        zoom.yProperty().bind(model.viewScaleProperty());
        surface.getTransforms().add(zoom);
        Pane frame = new Pane(surface);
        frame.getStyleClass().add(StyleClass.Hooks.CANVAS_FRAME);
        frame.prefWidthProperty().bind(surface.prefWidthProperty().multiply(model.viewScaleProperty()));
        frame.prefHeightProperty().bind(surface.prefHeightProperty().multiply(model.viewScaleProperty()));
        frame.setMinSize(Pane.USE_PREF_SIZE, Pane.USE_PREF_SIZE);
        frame.setMaxSize(Pane.USE_PREF_SIZE, Pane.USE_PREF_SIZE);
        return frame;
    }

    private void draw(PipelineDrawing drawing) {
        boolean hadFocus = focusIsOnSurface();
        String focused = hadFocus && getScene().getFocusOwner() instanceof TileNode card ? card.tileId() : null;
        int focusedAt = focused == null ? -1 : new java.util.ArrayList<>(nodes.keySet()).indexOf(focused);
        Map<String, TileNode> previous = new java.util.HashMap<>(nodes);
        nodes.clear();
        markers.clear();
        surface.setPrefSize(drawing.width(), drawing.height());
        surface.resize(drawing.width(), drawing.height());
        lines.draw(drawing);
        for (PlacedTile placed : drawing.tiles()) {
            nodes.put(placed.tile().id(), card(placed, previous.remove(placed.tile().id())));
        }
        ChildOrder.arrange(cards.getChildren(), new java.util.ArrayList<Node>(nodes.values()));
        highlight();
        if (hadFocus) {
            layout();
            RedrawFocus.choose(model.selectedTileIdProperty().get(), focused, focusedAt, List.copyOf(nodes.keySet()))
                    .ifPresentOrElse(to -> {
                        if (to.select()) {
                            nodes.get(to.tileId()).requestFocus();
                        } else {
                            focusQuietly(nodes.get(to.tileId()));
                        }
                    }, () -> focusQuietly(this));
            if (getScene().getFocusOwner() instanceof TileNode card && nodes.get(card.tileId()) == card) {
                scrollIntoView(card); // a card kept across the redraw keeps its focus, and may have moved out of sight
            }
        }
    }

    /** The card for {@code placed}: the old one moved when it still fits, else a new one. */
    private TileNode card(PlacedTile placed, TileNode old) {
        String status = model.statusLine(placed);
        var problem = model.problemsProperty().get().severity(placed.path());
        if (old != null && old.shows(placed, status, problem)) {
            old.moveTo(placed, model.accessibleText(placed), model.accessibleHelp(placed));
            return old;
        }
        TileNode node = new TileNode(placed, status, model.accessibleText(placed), model.accessibleHelp(placed),
                problem, icons);
        addGestures(node);
        tileDecorator.accept(node);
        return node;
    }

    private void addGestures(TileNode node) {
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            String id = node.tileId();
            if (e.getButton() == MouseButton.PRIMARY) {
                focusQuietly(node);
                if (e.isShortcutDown()) {
                    model.toggle(id);
                } else if (e.isShiftDown()) {
                    model.extendTo(id);
                } else {
                    model.select(id);
                }
            } else if (e.getButton() == MouseButton.SECONDARY && !model.isSelected(id)) {
                focusQuietly(node);
                model.select(id);
            }
            e.consume();
        });
        node.setOnMouseClicked(MouseEvent::consume);
        node.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                if (!quietFocus) {
                    model.select(node.tileId());
                }
                scrollIntoView(node);
            }
        });
    }

    /** True when a tile card (or anything else on the drawn surface) has the keyboard focus. */
    private boolean focusIsOnSurface() {
        return getScene() != null && RedrawFocus.within(getScene().getFocusOwner(), surface);
    }

    private void focusQuietly(Node node) {
        quietFocus = true;
        try {
            node.requestFocus();
        } finally {
            quietFocus = false;
        }
    }

    private void highlight() {
        nodes.forEach((id, node) -> node.setSelected(model.isSelected(id)));
    }

    private void scrollIntoView(TileNode node) {
        scrollToShow(surface.localToParent(node.getBoundsInParent()));
    }

    /** Scrolls as little as needed to bring a box of the drawing (in canvas pixels) into sight. */
    void scrollToShow(Box box) {
        layout();
        scrollToShow(surface.localToParent(new javafx.geometry.BoundingBox(box.x(), box.y(), box.width(), box.height())));
    }

    /** The card of a tile now on the canvas. */
    Optional<TileNode> tileNode(String tileId) {
        return Optional.ofNullable(tileId == null ? null : nodes.get(tileId));
    }

    private void scrollToShow(Bounds tile) {
        Bounds content = getContent().getBoundsInLocal();
        Bounds viewport = getViewportBounds();
        double left = tile.getMinX() - content.getMinX();
        double top = tile.getMinY() - content.getMinY();
        setHvalue(scrollValue(getHvalue(), left, left + tile.getWidth(), content.getWidth(), viewport.getWidth()));
        setVvalue(scrollValue(getVvalue(), top, top + tile.getHeight(), content.getHeight(), viewport.getHeight()));
    }

    /** The scroll value (0 to 1) that shows the span from {@code min} to {@code max}, moving as little as it can. */
    private static double scrollValue(double value, double min, double max, double content, double viewport) {
        double room = content - viewport;
        if (room <= 0) {
            return value;
        }
        double offset = value * room;
        if (min - SCROLL_MARGIN < offset) {
            offset = min - SCROLL_MARGIN;
        } else if (max + SCROLL_MARGIN > offset + viewport) {
            offset = max + SCROLL_MARGIN - viewport;
        }
        return Math.max(0, Math.min(1, offset / room));
    }
}
