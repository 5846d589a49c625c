package org.waymark.ui.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Window;

/**
 * Mouse navigation on a zoomable canvas in a scroll pane. Ctrl (or ⌘) with the wheel, or a pinch, zooms
 * within the limits and keeps the point under the pointer where it is. Dragging with the middle button, or
 * with the left one while Space is held over the canvas, pans; the cursor is an open hand while Space is
 * held and a closed one while panning, and the tiles get no clicks or drags meanwhile. Keyboard zoom stays
 * with the menu; this class only changes {@code zoom} and the scroll values.
 */
public final class CanvasNavigation {

    private final ScrollPane scrollPane;
    private final Node zoomable;
    private final DoubleProperty zoom;
    private final double minZoom;
    private final double maxZoom;
    private final ReadOnlyBooleanWrapper panning = new ReadOnlyBooleanWrapper();
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<ZoomEvent> onPinch = this::pinched;
    private final EventHandler<MouseEvent> onMouse = this::mouse;
    private final EventHandler<KeyEvent> onKey = this::key;
    private final ChangeListener<Scene> onScene = (obs, old, now) -> moveKeyFilters(old, now);
    private final ChangeListener<Boolean> onWindowFocus = (obs, was, focused) -> {
        if (!focused) {
            releaseSpace();
        }
    };
    private boolean spaceDown;
    private boolean swallowClick;
    private double anchorX;
    private double anchorY;
    private double startOffsetX;
    private double startOffsetY;
    private Boolean transparentBefore;

    private CanvasNavigation(ScrollPane scrollPane, Node zoomable, DoubleProperty zoom, double minZoom, double maxZoom) {
        if (minZoom <= 0 || maxZoom < minZoom) {
            throw new IllegalArgumentException("zoom limits must be positive and in order");
        }
        this.scrollPane = scrollPane;
        this.zoomable = zoomable;
        this.zoom = zoom;
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
    }

    /**
     * Adds the navigation to {@code scrollPane}, whose content holds {@code zoomable}: the node that
     * {@code zoom} scales (possibly the content itself). Returns the installed navigation, for {@link #uninstall()}.
     */
    public static CanvasNavigation install(ScrollPane scrollPane, Node zoomable, DoubleProperty zoom, double minZoom,
                                           double maxZoom) {
        CanvasNavigation navigation = new CanvasNavigation(scrollPane, zoomable, zoom, minZoom, maxZoom);
        scrollPane.addEventFilter(ScrollEvent.SCROLL, navigation.onScroll);
        scrollPane.addEventFilter(ZoomEvent.ZOOM, navigation.onPinch);
        scrollPane.addEventFilter(MouseEvent.ANY, navigation.onMouse);
        scrollPane.sceneProperty().addListener(navigation.onScene);
        navigation.moveKeyFilters(null, scrollPane.getScene());
        return navigation;
    }

    public void uninstall() {
        releaseSpace();
        scrollPane.removeEventFilter(ScrollEvent.SCROLL, onScroll);
        scrollPane.removeEventFilter(ZoomEvent.ZOOM, onPinch);
        scrollPane.removeEventFilter(MouseEvent.ANY, onMouse);
        scrollPane.sceneProperty().removeListener(onScene);
        moveKeyFilters(scrollPane.getScene(), null);
    }

    /** True while a pan drag is under way. */
    public ReadOnlyBooleanProperty panningProperty() {
        return panning.getReadOnlyProperty();
    }

    /**
     * Sets the zoom to {@code newZoom} (within the limits) keeping the content point at the scene point
     * ({@code sceneX}, {@code sceneY}) where it is on the screen.
     */
    public void zoomAround(double newZoom, double sceneX, double sceneY) {
        double target = ScrollGeometry.clamp(newZoom, minZoom, maxZoom);
        if (target == zoom.get()) {
            return;
        }
        Node content = scrollPane.getContent();
        if (content == null) {
            zoom.set(target);
            return;
        }
        Bounds viewport = scrollPane.getViewportBounds();
        Point2D canvasPoint = zoomable.sceneToLocal(sceneX, sceneY);
        Point2D before = inContent(canvasPoint);
        double pointerX = before.getX() - offsetX();
        double pointerY = before.getY() - offsetY();
        zoom.set(target);
        Point2D after = inContent(canvasPoint);
        Bounds now = contentBounds();
        scrollPane.setHvalue(ScrollGeometry.value(after.getX() - pointerX, scrollPane.getHmin(), scrollPane.getHmax(),
                now.getWidth(), viewport.getWidth()));
        scrollPane.setVvalue(ScrollGeometry.value(after.getY() - pointerY, scrollPane.getVmin(), scrollPane.getVmax(),
                now.getHeight(), viewport.getHeight()));
    }

    /** Scrolls so that the viewport is {@code x}, {@code y} content pixels from the content's top-left corner. */
    public void scrollTo(double x, double y) {
        Bounds content = contentBounds();
        Bounds viewport = scrollPane.getViewportBounds();
        scrollPane.setHvalue(ScrollGeometry.value(x, scrollPane.getHmin(), scrollPane.getHmax(), content.getWidth(),
                viewport.getWidth()));
        scrollPane.setVvalue(ScrollGeometry.value(y, scrollPane.getVmin(), scrollPane.getVmax(), content.getHeight(),
                viewport.getHeight()));
    }

    public double offsetX() {
        return ScrollGeometry.offset(scrollPane.getHvalue(), scrollPane.getHmin(), scrollPane.getHmax(),
                contentBounds().getWidth(), scrollPane.getViewportBounds().getWidth());
    }

    public double offsetY() {
        return ScrollGeometry.offset(scrollPane.getVvalue(), scrollPane.getVmin(), scrollPane.getVmax(),
                contentBounds().getHeight(), scrollPane.getViewportBounds().getHeight());
    }

    private void scrolled(ScrollEvent e) {
        if (!(e.isControlDown() || e.isShortcutDown())) {
            return;
        }
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        if (delta != 0) {
            zoomAround(ScrollGeometry.wheelZoom(zoom.get(), delta, minZoom, maxZoom), e.getSceneX(), e.getSceneY());
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        zoomAround(zoom.get() * e.getZoomFactor(), e.getSceneX(), e.getSceneY());
        e.consume();
    }

    private void mouse(MouseEvent e) {
        var type = e.getEventType();
        if (type == MouseEvent.MOUSE_PRESSED) {
            swallowClick = false;
            if (!panning.get() && (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown))) {
                startPan(e);
                e.consume();
            }
        } else if (type == MouseEvent.MOUSE_DRAGGED && panning.get()) {
            scrollTo(startOffsetX - (e.getSceneX() - anchorX), startOffsetY - (e.getSceneY() - anchorY));
            e.consume();
        } else if (type == MouseEvent.MOUSE_RELEASED && panning.get()) {
            panning.set(false);
            swallowClick = true;
            scrollPane.setCursor(spaceDown ? Cursor.OPEN_HAND : null);
            if (!spaceDown) {
                restoreTiles();
            }
            e.consume();
        } else if (type == MouseEvent.MOUSE_CLICKED && swallowClick) {
            swallowClick = false;
            e.consume();
        } else if (type == MouseEvent.DRAG_DETECTED && panning.get()) {
            e.consume();
        }
    }

    private void startPan(MouseEvent e) {
        panning.set(true);
        anchorX = e.getSceneX();
        anchorY = e.getSceneY();
        startOffsetX = offsetX();
        startOffsetY = offsetY();
        scrollPane.setCursor(Cursor.CLOSED_HAND);
        shieldTiles();
    }

    private void key(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_PRESSED && !spaceDown && scrollPane.isHover()) {
            spaceDown = true;
            if (!panning.get()) {
                scrollPane.setCursor(Cursor.OPEN_HAND);
                shieldTiles();
            }
        } else if (e.getEventType() == KeyEvent.KEY_RELEASED && spaceDown) {
            releaseSpace();
        }
    }

    private void releaseSpace() {
        spaceDown = false;
        if (!panning.get()) {
            scrollPane.setCursor(null);
            restoreTiles();
        }
    }

    /** While panning is armed, the tiles under the pointer get no mouse events, so the hand cursor shows. */
    private void shieldTiles() {
        if (transparentBefore == null && !zoomable.mouseTransparentProperty().isBound()) {
            transparentBefore = zoomable.isMouseTransparent();
            zoomable.setMouseTransparent(true);
        }
    }

    private void restoreTiles() {
        if (transparentBefore != null) {
            zoomable.setMouseTransparent(transparentBefore);
            transparentBefore = null;
        }
    }

    private void moveKeyFilters(Scene from, Scene to) {
        if (from != null) {
            from.removeEventFilter(KeyEvent.ANY, onKey);
            if (from.getWindow() != null) {
                from.getWindow().focusedProperty().removeListener(onWindowFocus);
            }
        }
        if (to != null) {
            to.addEventFilter(KeyEvent.ANY, onKey);
            Window window = to.getWindow();
            if (window != null) {
                window.focusedProperty().addListener(onWindowFocus);
            }
        }
    }

    /** A point of the zoomable node in the scroll pane content's pixels, from its top-left corner. */
    private Point2D inContent(Point2D canvasPoint) {
        Node content = scrollPane.getContent();
        if (zoomable == content) {
            Point2D p = content.localToParent(canvasPoint);
            Bounds b = content.getBoundsInParent();
            return new Point2D(p.getX() - b.getMinX(), p.getY() - b.getMinY());
        }
        Point2D p = canvasPoint;
        for (Node n = zoomable; n != null && n != content; n = n.getParent()) {
            p = n.localToParent(p);
        }
        Bounds b = content.getLayoutBounds();
        return new Point2D(p.getX() - b.getMinX(), p.getY() - b.getMinY());
    }

    private Bounds contentBounds() {
        Node content = scrollPane.getContent();
        if (content == null) {
            return scrollPane.getViewportBounds();
        }
        return content == zoomable ? content.getBoundsInParent() : content.getLayoutBounds();
    }
}
