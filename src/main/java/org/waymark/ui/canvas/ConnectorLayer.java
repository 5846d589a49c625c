package org.waymark.ui.canvas;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.waymark.ui.appearance.StyleClass;

/**
 * The canvas layer under the tile cards: connectors with arrows, lane labels and end marks. A redraw reuses
 * the shapes it already has and only adds or drops the difference, so moving one tile on a large journey
 * does not build and style thousands of new nodes.
 */
final class ConnectorLayer extends Group {

    private static final double ARROW_LENGTH = 8;
    private static final double ARROW_HALF_WIDTH = 4.5;

    private final Group connectors = new Group();
    private final Group arrows = new Group();
    private final Group laneLabels = new Group();
    private final Group ends = new Group();

    ConnectorLayer() {
        setMouseTransparent(true);
        getChildren().setAll(connectors, arrows, laneLabels, ends);
    }

    void draw(PipelineDrawing drawing) {
        List<Connector> lines = drawing.connectors();
        fit(connectors, lines.size(), ConnectorLayer::newLine);
        fit(arrows, lines.size(), ConnectorLayer::newArrow);
        for (int i = 0; i < lines.size(); i++) {
            Connector connector = lines.get(i);
            Polyline line = (Polyline) connectors.getChildren().get(i);
            setIfChanged(line.getPoints(), connector.points().stream()
                    .flatMap(p -> java.util.stream.Stream.of(p.x(), p.y())).toList());
            Point tip = connector.end();
            setIfChanged(((Polygon) arrows.getChildren().get(i)).getPoints(), List.of(tip.x(), tip.y(),
                    tip.x() - ARROW_LENGTH, tip.y() - ARROW_HALF_WIDTH, tip.x() - ARROW_LENGTH, tip.y() + ARROW_HALF_WIDTH));
        }
        List<LaneLabel> labels = drawing.laneLabels();
        fit(laneLabels, labels.size(), () -> label(StyleClass.LANE_LABEL));
        for (int i = 0; i < labels.size(); i++) {
            LaneLabel lane = labels.get(i);
            Label label = (Label) laneLabels.getChildren().get(i);
            if (!lane.text().equals(label.getText())) {
                label.setText(lane.text());
            }
            label.relocate(lane.box().x(), lane.box().y());
            label.setPrefHeight(lane.box().height());
            label.setMaxWidth(lane.box().width());
        }
        List<EndMarker> marks = drawing.ends();
        fit(ends, marks.size(), () -> {
            Label end = label(StyleClass.LANE_END);
            end.setText("End");
            return end;
        });
        for (int i = 0; i < marks.size(); i++) {
            Box box = marks.get(i).box();
            Label end = (Label) ends.getChildren().get(i);
            end.relocate(box.x(), box.y());
            end.setPrefSize(box.width(), box.height());
            end.setMinSize(box.width(), box.height());
        }
    }

    /** Changing a shape's points re-computes its geometry and bounds: only when they really changed. */
    private static void setIfChanged(javafx.collections.ObservableList<Double> points, List<Double> wanted) {
        if (!points.equals(wanted)) {
            points.setAll(wanted);
        }
    }

    /** Grows or shrinks a group to {@code size} children, keeping the ones it has. */
    private static void fit(Group group, int size, Supplier<Node> create) {
        javafx.collections.ObservableList<Node> children = group.getChildren();
        if (children.size() > size) {
            children.remove(size, children.size());
        }
        while (children.size() < size) {
            children.add(create.get());
        }
    }

    private static Polyline newLine() {
        Polyline line = new Polyline();
        line.getStyleClass().add(StyleClass.CONNECTOR);
        return line;
    }

    private static Polygon newArrow() {
        Polygon arrow = new Polygon();
        arrow.getStyleClass().add(StyleClass.CONNECTOR_ARROW);
        return arrow;
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }
}
