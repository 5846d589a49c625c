package org.waymark.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import org.waymark.model.content.AssetCatalog;
import org.waymark.ui.canvas.JourneyCanvasViewModel;
import org.waymark.ui.canvas.JourneyView;
import org.waymark.ui.canvas.PipelineCanvas;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.edit.UndoKeys;
import org.waymark.ui.properties.PropertiesPane;
import org.waymark.ui.settings.JourneySettingsPane;
import org.waymark.ui.view.CanvasNavigation;
import org.waymark.ui.view.Minimap;

/**
 * Puts the designer's side panels and canvas aids into a journey view: the properties pane and the journey
 * settings form in the sidebar, wheel zoom and panning on the canvas, and the minimap over its corner.
 */
final class DesignerPanels {

    private final AssetCatalog assets;

    DesignerPanels(AssetCatalog assets) {
        this.assets = assets;
    }

    void install(JourneyView view, JourneyCanvasViewModel canvas, ObservableValue<EditSession> sessions) {
        PropertiesPane properties = new PropertiesPane(sessions, assets);
        JourneySettingsPane settings = new JourneySettingsPane(sessions, assets);
        UndoKeys.install(properties, sessions);
        UndoKeys.install(settings, sessions);
        view.sidebar().setPropertiesPane(properties);
        view.sidebar().setSettingsPane(settings);
        PipelineCanvas pipeline = view.canvas();
        CanvasNavigation.install(pipeline, pipeline.surface(), canvas.zoomProperty(),
                JourneyCanvasViewModel.MIN_ZOOM, JourneyCanvasViewModel.MAX_ZOOM);
        Minimap minimap = new Minimap(pipeline, canvas.drawingProperty(), canvas.viewScaleProperty());
        minimap.setMaxSize(Minimap.WIDTH, Minimap.MAX_HEIGHT);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new javafx.geometry.Insets(0, 18, 18, 0));
        view.addCanvasOverlay(minimap);
    }
}
