package org.waymark.ui.canvas;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/**
 * Draws the laid-out pipeline of {@link JourneyCanvasViewModel} in a scroll pane: tile cards, connectors with
 * arrows, lane labels and end markers. Clicking a tile or tabbing to it selects it; Escape clears the selection.
 */
public final class PipelineCanvas extends ScrollPane {

    private static final double ARROW_LENGTH = 8;
    private static final double ARROW_HALF_WIDTH = 4.5;
    private static final double SCROLL_MARGIN = 24;

    private final JourneyCanvasViewModel model;
    private final TileIcons icons;
    private final Pane surface = new Pane();
    private final Map<String, TileNode> nodes = new LinkedHashMap<>();

    public PipelineCanvas(JourneyCanvasViewModel model, TileIcons icons) {
        this.model = model;
        this.icons = icons;
        getStyleClass().add("pipeline-canvas");
        surface.getStyleClass().add("canvas-surface");
        setContent(new Group(surface));
        setPannable(false);
        setAccessibleText("Journey canvas");
        surface.scaleXProperty().bind(model.zoomProperty());
        surface.scaleYProperty().bind(model.zoomProperty());
        surface.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> model.select(null));
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.selectedTileIdProperty().get() != null) {
                model.select(null);
                e.consume();
            }
        });
        model.drawingProperty().addListener((obs, old, drawing) -> draw(drawing));
        model.selectedTileIdProperty().addListener((obs, old, id) -> highlight(id));
        draw(model.drawingProperty().get());
    }

    /** Zooms so that the whole journey fits the visible part of the canvas, as far as the zoom limits allow. */
    public void zoomToFit() {
        model.zoomToFit(getViewportBounds().getWidth(), getViewportBounds().getHeight());
    }

    /** The tile cards now on the canvas, in reading order. */
    public Iterable<TileNode> tileNodes() {
        return nodes.values();
    }

    private void draw(PipelineDrawing drawing) {
        nodes.clear();
        surface.getChildren().clear();
        surface.setPrefSize(drawing.width(), drawing.height());
        for (Connector connector : drawing.connectors()) {
            surface.getChildren().addAll(line(connector), arrow(connector.end()));
        }
        for (LaneLabel label : drawing.laneLabels()) {
            surface.getChildren().add(laneLabel(label));
        }
        for (EndMarker end : drawing.ends()) {
            surface.getChildren().add(endMarker(end));
        }
        for (PlacedTile placed : drawing.tiles()) {
            TileNode node = new TileNode(placed, model.statusLine(placed), model.accessibleText(placed),
                    model.accessibleHelp(placed), model.problemsProperty().get().severity(placed.path()), icons);
            node.setOnMouseClicked(e -> {
                node.requestFocus();
                model.select(node.tileId());
                e.consume();
            });
            node.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    model.select(node.tileId());
                    scrollIntoView(node);
                }
            });
            nodes.put(placed.tile().id(), node);
            surface.getChildren().add(node);
        }
        highlight(model.selectedTileIdProperty().get());
    }

    private void highlight(String selectedId) {
        nodes.forEach((id, node) -> node.setSelected(id.equals(selectedId)));
    }

    private void scrollIntoView(TileNode node) {
        Bounds content = getContent().getBoundsInLocal();
        Bounds viewport = getViewportBounds();
        Bounds tile = surface.localToParent(node.getBoundsInParent());
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

    private static Polyline line(Connector connector) {
        Polyline line = new Polyline();
        connector.points().forEach(p -> line.getPoints().addAll(p.x(), p.y()));
        line.getStyleClass().add("connector");
        line.setMouseTransparent(true);
        return line;
    }

    private static Polygon arrow(Point tip) {
        Polygon arrow = new Polygon(tip.x(), tip.y(), tip.x() - ARROW_LENGTH, tip.y() - ARROW_HALF_WIDTH,
                tip.x() - ARROW_LENGTH, tip.y() + ARROW_HALF_WIDTH);
        arrow.getStyleClass().add("connector-arrow");
        arrow.setMouseTransparent(true);
        return arrow;
    }

    private static Label laneLabel(LaneLabel lane) {
        Label label = new Label(lane.text());
        label.getStyleClass().add("lane-label");
        label.relocate(lane.box().x(), lane.box().y());
        label.setPrefHeight(lane.box().height());
        label.setMaxWidth(lane.box().width());
        return label;
    }

    private static Label endMarker(EndMarker end) {
        Label label = new Label("End");
        label.getStyleClass().add("lane-end");
        label.relocate(end.box().x(), end.box().y());
        label.setPrefSize(end.box().width(), end.box().height());
        label.setMinSize(end.box().width(), end.box().height());
        return label;
    }
}
