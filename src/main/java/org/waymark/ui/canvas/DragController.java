package org.waymark.ui.canvas;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.edit.TileInsertion;

/**
 * Drags tiles with the mouse: a toolbox entry onto the canvas to insert a new tile, or a tile of the canvas to
 * another place. Pressing and moving a few pixels starts the drag; a ghost card follows the pointer, the canvas
 * shows every place the tile may go and highlights the one a drop would use, or says why the nearest place
 * refuses it. Releasing writes the journey once, through {@link TileInsertion}; Escape cancels. Built on mouse
 * press, drag and release events (not platform drag and drop), so the view follows the pointer live.
 */
public final class DragController {

    /** How far the pointer must move, pressed, before a press becomes a drag. */
    static final double THRESHOLD = 5;

    private final ObservableValue<EditSession> sessions;
    private final JourneyCanvasViewModel model;
    private final PipelineCanvas canvas;
    private final TileInsertion insertion;
    private final TileIcons icons;
    private final Pane ghostLayer;
    private final CanvasBanner banner;
    private final Consumer<String> status;
    private final EventHandler<KeyEvent> escape = e -> {
        if (e.getCode() == KeyCode.ESCAPE) {
            cancel();
            e.consume();
        }
    };
    private Point2D pressedAt;
    private Drag drag;
    /** Edges scroll the canvas only once the pointer has been well inside it, not while it comes in from outside. */
    private boolean autoScroll;

    private record Drag(DragSubject subject, DropTargeting targeting, DragGhost ghost, Node source) {
    }

    DragController(ObservableValue<EditSession> sessions, JourneyCanvasViewModel model, PipelineCanvas canvas,
                   TileInsertion insertion, TileIcons icons, Pane ghostLayer, CanvasBanner banner,
                   Consumer<String> status) {
        this.sessions = sessions;
        this.model = model;
        this.canvas = canvas;
        this.insertion = insertion;
        this.icons = icons;
        this.ghostLayer = ghostLayer;
        this.banner = banner;
        this.status = status;
        canvas.setTileDecorator(node -> addSource(node,
                () -> DesignerFormats.tile(node.tileId(), node.placed().tile().displayName())));
    }

    /** Makes {@code node} (a toolbox entry) drag a new tile of the type it shows. */
    public void addToolboxSource(Node node, Supplier<TileType> type) {
        addSource(node, () -> type.get() == null ? null : DesignerFormats.newTile(type.get()));
    }

    /** True while something is being dragged. */
    public boolean isDragging() {
        return drag != null;
    }

    private void addSource(Node node, Supplier<ClipboardContent> content) {
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            boolean plain = e.getButton() == MouseButton.PRIMARY && !e.isShortcutDown() && !e.isShiftDown();
            pressedAt = plain ? new Point2D(e.getSceneX(), e.getSceneY()) : null;
        });
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (drag == null && pressedAt != null
                    && pressedAt.distance(e.getSceneX(), e.getSceneY()) >= THRESHOLD) {
                ClipboardContent carried = content.get();
                pressedAt = null;
                if (carried != null) {
                    begin(carried, node);
                }
            }
            if (drag != null) {
                follow(e.getSceneX(), e.getSceneY());
                e.consume();
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            pressedAt = null;
            if (drag != null) {
                drop(e.getSceneX(), e.getSceneY());
                e.consume();
            }
        });
    }

    private void begin(ClipboardContent content, Node source) {
        EditSession session = sessions.getValue();
        Optional<DragSubject> subject = DragSubject.of(content);
        if (session == null || subject.isEmpty()) {
            return;
        }
        Journey journey = session.journey();
        InsertionRules rules = session.rules();
        PipelineDrawing drawing = model.drawingProperty().get();
        DropTargeting targeting;
        DragGhost ghost;
        if (subject.get() instanceof DragSubject.NewTile created) {
            targeting = DropTargeting.forNewTile(drawing, rules, journey, created.type());
            ghost = new DragGhost(created.type(), created.type().label(), icons);
        } else {
            String id = ((DragSubject.ExistingTile) subject.get()).tileId();
            Optional<Tile> tile = PipelineTree.find(journey, id);
            if (tile.isEmpty()) {
                return;
            }
            targeting = DropTargeting.forMove(drawing, rules, journey, id);
            ghost = new DragGhost(tile.get().type(), tile.get().displayName(), icons);
            source.getStyleClass().add(StyleClass.DRAG_SOURCE);
        }
        drag = new Drag(subject.get(), targeting, ghost, source);
        autoScroll = false;
        ghostLayer.getChildren().add(ghost);
        canvas.markers().show(targeting.valid());
        if (source.getScene() != null) {
            source.getScene().addEventFilter(KeyEvent.KEY_PRESSED, escape);
        }
    }

    private void follow(double sceneX, double sceneY) {
        Point2D local = ghostLayer.sceneToLocal(sceneX, sceneY);
        drag.ghost().moveTo(local.getX(), local.getY());
        autoScroll = autoScroll || canvas.isWellInside(sceneX, sceneY);
        if (autoScroll) {
            canvas.scrollTowards(sceneX, sceneY);
        }
        DropHover hover = hoverAt(sceneX, sceneY);
        canvas.markers().highlight(hover.target().orElse(null));
        drag.ghost().setRefused(hover.refusal().isPresent());
        banner.hover(hover.refusal().orElse(null));
    }

    private DropHover hoverAt(double sceneX, double sceneY) {
        return canvas.canvasPoint(sceneX, sceneY).map(drag.targeting()::at).orElse(DropHover.NOTHING);
    }

    private void drop(double sceneX, double sceneY) {
        Drag done = drag;
        DropHover hover = hoverAt(sceneX, sceneY);
        cancel();
        if (hover.target().isPresent()) {
            Optional<String> refusal = done.subject() instanceof DragSubject.NewTile created
                    ? insertion.insertNew(created.type(), hover.target().get().point())
                    : insertion.move(((DragSubject.ExistingTile) done.subject()).tileId(), hover.target().get().point());
            refusal.ifPresentOrElse(banner::flash, () -> canvas.focusTile(model.selectedTileIdProperty().get()));
        } else if (hover.refusal().isPresent()) {
            banner.flash(hover.refusal().get());
            status.accept(hover.refusal().get());
        }
    }

    /** Ends the drag without changing anything. */
    public void cancel() {
        if (drag == null) {
            return;
        }
        ghostLayer.getChildren().remove(drag.ghost());
        drag.source().getStyleClass().remove(StyleClass.DRAG_SOURCE);
        if (drag.source().getScene() != null) {
            drag.source().getScene().removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        }
        canvas.markers().clear();
        banner.hover(null);
        drag = null;
    }
}
