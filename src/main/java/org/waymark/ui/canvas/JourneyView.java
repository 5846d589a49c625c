package org.waymark.ui.canvas;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.waymark.model.edit.ReadyTiles;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.window.CollapsibleSide;
import org.waymark.ui.window.ButtonRow;
import org.waymark.ui.window.WrappedText;
import org.waymark.ui.window.PanelLayout;
import org.waymark.ui.window.PanelLayout.Panel;
import org.waymark.ui.edit.TileInsertion;

/**
 * The Journey tab: the open journey's name and key facts over its canvas, a hint while none is open, and the
 * designer's side panel on the right. A layer above everything carries the ghost of a dragged tile, so that it
 * can travel from the toolbox to the canvas.
 */
public final class JourneyView extends StackPane {

    private final PipelineCanvas canvas;
    private final StackPane canvasArea;
    private final DesignerSidebar sidebar = new DesignerSidebar();
    private final DragController drags;
    private final KeyboardDesigner keyboard;
    private final ButtonRow tools;
    private final JourneyCanvasViewModel model;
    private final SplitPane split;

    public JourneyView(JourneyCanvasViewModel model, TileIcons icons, ObservableValue<EditSession> sessions,
                       TileInsertion insertion, ReadyTiles offered, Consumer<String> status) {
        this.model = model;
        getStyleClass().add(StyleClass.JOURNEY_VIEW);
        Label heading = new Label();
        heading.setId("journey-heading");
        heading.getStyleClass().add(StyleClass.JOURNEY_HEADING);
        heading.textProperty().bind(model.headingProperty());
        Label details = new Label();
        details.setId("journey-details");
        details.getStyleClass().add(StyleClass.JOURNEY_FACTS);
        details.textProperty().bind(model.detailsProperty());
        WrappedText.wrap(heading);
        WrappedText.wrap(details);
        VBox header = new VBox(2, heading, details);
        header.getStyleClass().add(StyleClass.JOURNEY_HEADER);
        header.setPadding(new Insets(12, 16, 10, 16));
        header.visibleProperty().bind(model.showingProperty());
        header.managedProperty().bind(header.visibleProperty());

        canvas = new PipelineCanvas(model, icons);
        TileResults.follow(canvas, model);
        canvas.visibleProperty().bind(model.showingProperty());
        Label hint = new Label("Open a journey from the journey list (Ctrl+Shift+J shows it when hidden), or create one "
                + "with File ▸ New.");
        hint.getStyleClass().add(StyleClass.CANVAS_HINT);
        WrappedText.wrap(hint);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        StackPane.setMargin(hint, new Insets(16));
        hint.visibleProperty().bind(model.showingProperty().not());
        CanvasBanner banner = new CanvasBanner();
        // the right margin keeps clear of the minimap in the bottom-right corner (240 wide, 18 from the edge)
        StackPane.setMargin(banner, new Insets(10, 16 + 240 + 18, 0, 16));
        canvasArea = new StackPane(canvas, hint, banner);
        canvasArea.setMinWidth(0); // the split may make the canvas narrow: the hint wraps, the canvas scrolls
        canvasArea.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> banner.hover(null));
        VBox.setVgrow(canvasArea, Priority.ALWAYS);
        tools = ButtonRow.toolBar("Designer tools");
        tools.getStyleClass().add(StyleClass.Hooks.CANVAS_TOOLBAR);
        tools.setMinHeight(Region.USE_PREF_SIZE);
        tools.visibleProperty().bind(model.showingProperty());
        tools.managedProperty().bind(tools.visibleProperty());
        VBox main = new VBox(header, tools, canvasArea);
        main.setMinWidth(0);

        split = new SplitPane(main);
        Pane ghostLayer = new Pane();
        ghostLayer.setMouseTransparent(true);
        ghostLayer.setPickOnBounds(false);
        getChildren().addAll(split, ghostLayer);
        drags = new DragController(sessions, model, canvas, insertion, icons, ghostLayer, banner, status);
        keyboard = new KeyboardDesigner(canvas, model, sessions, insertion, offered, banner, sidebar, status);
    }

    /**
     * The parts of the designer F6 moves the focus through: the toolbox, the canvas and the properties while a
     * journey shows; only the canvas (with its hint) while none does.
     */
    public java.util.List<org.waymark.ui.window.FocusPart> focusParts() {
        if (model.showingProperty().get()) {
            return keyboard.focusParts();
        }
        return java.util.List.of(org.waymark.ui.window.FocusPart.of("Canvas", canvasArea));
    }

    /** The focus into the part of the side panel that shows: the toolbox or the properties. */
    public void focusSidePanel() {
        String shown = sidebar.showsToolbox() ? "Toolbox" : "Properties";
        focusParts().stream().filter(part -> part.name().equals(shown)).findFirst().ifPresent(part -> part.focus().run());
    }

    /**
     * The side panel shows, hides and takes its width as {@code panels} says, at UI scale {@code scale}; a request
     * for its contents by key (F2, Enter on a tile) shows it again.
     */
    public void collapsibleSidebar(PanelLayout panels, ObservableDoubleValue scale) {
        CollapsibleSide.install(split, sidebar, javafx.geometry.Side.RIGHT, panels, Panel.SIDE_PANEL, scale);
        sidebar.onReveal(() -> panels.reveal(Panel.SIDE_PANEL));
    }

    /** Add tile by keyboard: the list of tile types, then the numbered places on the canvas. */
    public void addTile() {
        keyboard.addTile();
    }

    public PipelineCanvas canvas() {
        return canvas;
    }

    /** Starts drags from toolbox entries onto the canvas. */
    public DragController drags() {
        return drags;
    }

    /** The side panel: plug the toolbox, properties and settings panes in here. */
    public DesignerSidebar sidebar() {
        return sidebar;
    }

    /** Lays a node over the canvas (zoom controls, a minimap); align it with {@code StackPane.setAlignment}. */
    public void addCanvasOverlay(Node overlay) {
        canvasArea.getChildren().add(overlay);
    }

    /** The menu of cut, copy, paste and the like, on a right click or the context-menu key over the canvas. */
    /** The designer's tool bar above the canvas: the window's actions as buttons, reachable by Tab. */
    public void setTools(Node... items) {
        tools.getChildren().setAll(items);
    }

    public void setCanvasMenu(ContextMenu menu) {
        canvas.setContextMenu(menu);
    }
}
