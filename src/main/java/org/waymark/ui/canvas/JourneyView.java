package org.waymark.ui.canvas;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Journey tab: the open journey's name and key facts over its canvas; a hint while none is open. */
public final class JourneyView extends VBox {

    private final PipelineCanvas canvas;

    public JourneyView(JourneyCanvasViewModel model, TileIcons icons) {
        getStyleClass().add("journey-view");
        Label heading = new Label();
        heading.setId("journey-heading");
        heading.getStyleClass().add("journey-heading");
        heading.textProperty().bind(model.headingProperty());
        Label details = new Label();
        details.setId("journey-details");
        details.getStyleClass().add("journey-facts");
        details.textProperty().bind(model.detailsProperty());
        VBox header = new VBox(2, heading, details);
        header.getStyleClass().add("journey-header");
        header.setPadding(new Insets(12, 16, 10, 16));
        header.visibleProperty().bind(model.headingProperty().isNotEmpty());
        header.managedProperty().bind(header.visibleProperty());

        canvas = new PipelineCanvas(model, icons);
        canvas.visibleProperty().bind(model.headingProperty().isNotEmpty());
        Label hint = new Label("Open a journey from the list, or create one with File ▸ New.");
        hint.getStyleClass().add("canvas-hint");
        hint.visibleProperty().bind(model.headingProperty().isEmpty());
        StackPane body = new StackPane(canvas, hint);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);
    }

    public PipelineCanvas canvas() {
        return canvas;
    }
}
