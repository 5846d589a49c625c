package org.waymark.ui.view;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import org.waymark.model.tile.TileCategory;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.canvas.Box;
import org.waymark.ui.canvas.PipelineDrawing;
import org.waymark.ui.canvas.PlacedTile;
import org.waymark.ui.canvas.TileIcons;

/**
 * An overview of a large journey, to lay over a corner of the canvas: every tile as a small box in its
 * category's colour (the theme's, read from a {@code .minimap-tile} swatch per category, which has no size) and a
 * rectangle for the part the canvas shows. Clicking or dragging in it moves the canvas there. It hides itself
 * while the whole journey fits the canvas. A mouse aid: keyboard users scroll the canvas itself, so it is not in
 * the Tab order.
 */
public final class Minimap extends Region {

    public static final double WIDTH = 240;
    /** The height follows the journey's shape, between these two. */
    public static final double MIN_HEIGHT = 72;
    public static final double MAX_HEIGHT = 180;
    static final double MARGIN = 8;

    private final ScrollPane scrollPane;
    private final ObservableValue<PipelineDrawing> drawing;
    private final ObservableDoubleValue zoom;
    private final Map<TileCategory, Region> swatches = new EnumMap<>(TileCategory.class);
    private final Canvas tiles = new Canvas();
    private final Rectangle viewport = new Rectangle();
    private boolean tilesDirty = true;

    /** Follows the canvas {@code scrollPane} that shows {@code drawing} at {@code zoom} screen pixels per canvas pixel. */
    public Minimap(ScrollPane scrollPane, ObservableValue<PipelineDrawing> drawing, ObservableDoubleValue zoom) {
        this.scrollPane = scrollPane;
        this.drawing = drawing;
        this.zoom = zoom;
        getStyleClass().add(StyleClass.MINIMAP);
        getStylesheets().add(Minimap.class.getResource("/org/waymark/ui/view.css").toExternalForm());
        resizeTo(MinimapGeometry.heightFor(0, 0, WIDTH, MARGIN, MIN_HEIGHT, MAX_HEIGHT));
        viewport.getStyleClass().add(StyleClass.MINIMAP_VIEWPORT);
        viewport.setManaged(false);
        tiles.setManaged(false);
        tiles.setMouseTransparent(true);
        viewport.setMouseTransparent(true);
        getChildren().addAll(tiles, viewport);
        for (TileCategory category : TileCategory.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll(StyleClass.MINIMAP_TILE, TileIcons.categoryStyle(category));
            swatch.setManaged(false);
            swatch.setMouseTransparent(true);
            swatch.backgroundProperty().addListener(this::tilesChanged);
            swatches.put(category, swatch);
            getChildren().add(swatch);
        }
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText("Journey overview");
        setAccessibleHelp("Click or drag in the overview to move the canvas there");
        setFocusTraversable(false);

        drawing.addListener(this::tilesChanged);
        widthProperty().addListener(this::tilesChanged);
        heightProperty().addListener(this::tilesChanged);
        zoom.addListener(this::viewChanged);
        scrollPane.hvalueProperty().addListener(this::viewChanged);
        scrollPane.vvalueProperty().addListener(this::viewChanged);
        scrollPane.viewportBoundsProperty().addListener(this::viewChanged);
        scrollPane.contentProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.layoutBoundsProperty().removeListener(this::viewChanged);
            }
            watchContent(now);
        });
        watchContent(scrollPane.getContent());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveCanvas);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveCanvas);
        addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        tilesChanged(null);
    }

    /** The geometry of the map as it is drawn now. */
    public MinimapGeometry geometry() {
        PipelineDrawing d = drawing.getValue() == null ? PipelineDrawing.EMPTY : drawing.getValue();
        double w = getWidth() > 0 ? getWidth() : WIDTH;
        double h = getHeight() > 0 ? getHeight() : getPrefHeight();
        return new MinimapGeometry(d.width(), d.height(), w, h, MARGIN);
    }

    /** The viewport rectangle, in the map's pixels. */
    public Box viewportBox() {
        return new Box(viewport.getX(), viewport.getY(), viewport.getWidth(), viewport.getHeight());
    }

    @Override
    protected void layoutChildren() {
        if (tilesDirty) {
            drawTiles();
        }
        placeViewport();
    }

    private void watchContent(javafx.scene.Node content) {
        if (content != null) {
            content.layoutBoundsProperty().addListener(this::viewChanged);
        }
        viewChanged(null);
    }

    /** The scroll pane content's size in pixels: the drawing at the zoom, as the canvas lays it out. */
    private double[] contentSize(PipelineDrawing d) {
        javafx.scene.Node content = scrollPane.getContent();
        if (content != null && content.getLayoutBounds().getWidth() > 0) {
            return new double[] {content.getLayoutBounds().getWidth(), content.getLayoutBounds().getHeight()};
        }
        return new double[] {d.width() * zoom.get(), d.height() * zoom.get()};
    }

    private void resizeTo(double height) {
        setPrefSize(WIDTH, height);
        setMinSize(WIDTH, height);
        setMaxSize(WIDTH, height);
    }

    private void tilesChanged(Observable ignored) {
        tilesDirty = true;
        PipelineDrawing d = drawing.getValue();
        if (d != null) {
            resizeTo(MinimapGeometry.heightFor(d.width(), d.height(), WIDTH, MARGIN, MIN_HEIGHT, MAX_HEIGHT));
        }
        viewChanged(ignored);
    }

    private void viewChanged(Observable ignored) {
        updateVisibility();
        requestLayout();
    }

    private void updateVisibility() {
        PipelineDrawing d = drawing.getValue();
        Bounds view = scrollPane.getViewportBounds();
        boolean needed = d != null && d.width() > 0 && view.getWidth() > 0
                && !MinimapGeometry.fits(d.width(), d.height(), zoom.get(), view.getWidth(), view.getHeight());
        setVisible(needed);
    }

    private void drawTiles() {
        tilesDirty = false;
        tiles.setWidth(getWidth());
        tiles.setHeight(getHeight());
        GraphicsContext g = tiles.getGraphicsContext2D();
        g.clearRect(0, 0, tiles.getWidth(), tiles.getHeight());
        PipelineDrawing d = drawing.getValue();
        if (d == null || d.width() <= 0) {
            return;
        }
        MinimapGeometry geometry = geometry();
        for (PlacedTile placed : d.tiles()) {
            Box box = geometry.toMap(placed.box());
            Color band = colourOf(placed.tile().type().category());
            g.setFill(placed.nested() ? band.deriveColor(0, 1, 1, 0.45) : band.deriveColor(0, 0.55, 1.15, 0.8));
            g.fillRect(box.x(), box.y(), Math.max(1, box.width()), Math.max(1, box.height()));
        }
    }

    /** The category's colour in the current theme; grey until the stylesheet has given one. */
    private Color colourOf(TileCategory category) {
        Region swatch = swatches.get(category);
        if (swatch.getBackground() != null) {
            for (BackgroundFill fill : swatch.getBackground().getFills()) {
                Paint paint = fill.getFill();
                if (paint instanceof Color colour) {
                    return colour;
                }
            }
        }
        return Color.GRAY;
    }

    private void placeViewport() {
        PipelineDrawing d = drawing.getValue();
        Bounds view = scrollPane.getViewportBounds();
        if (d == null || d.width() <= 0 || zoom.get() <= 0) {
            viewport.setVisible(false);
            return;
        }
        double[] content = contentSize(d);
        double x = ScrollGeometry.offset(scrollPane.getHvalue(), scrollPane.getHmin(), scrollPane.getHmax(), content[0],
                view.getWidth());
        double y = ScrollGeometry.offset(scrollPane.getVvalue(), scrollPane.getVmin(), scrollPane.getVmax(), content[1],
                view.getHeight());
        Box box = geometry().viewport(x, y, view.getWidth(), view.getHeight(), zoom.get());
        viewport.setVisible(true);
        viewport.setX(box.x());
        viewport.setY(box.y());
        viewport.setWidth(box.width());
        viewport.setHeight(box.height());
    }

    private void moveCanvas(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        PipelineDrawing d = drawing.getValue();
        if (d == null || d.width() <= 0) {
            return;
        }
        Bounds view = scrollPane.getViewportBounds();
        MinimapGeometry geometry = geometry();
        double z = zoom.get();
        double[] content = contentSize(d);
        double x = MinimapGeometry.offsetToCentre(geometry.canvasX(e.getX()), z, view.getWidth());
        double y = MinimapGeometry.offsetToCentre(geometry.canvasY(e.getY()), z, view.getHeight());
        scrollPane.setHvalue(ScrollGeometry.value(x, scrollPane.getHmin(), scrollPane.getHmax(), content[0], view.getWidth()));
        scrollPane.setVvalue(ScrollGeometry.value(y, scrollPane.getVmin(), scrollPane.getVmax(), content[1], view.getHeight()));
        e.consume();
    }
}
