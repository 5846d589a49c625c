package org.waymark.ui.canvas;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Moves the keyboard focus between the designer's parts: F6 (Shift+F6 back) through toolbox, canvas and
 * properties; F2 to the selected tile's name; Enter on a tile to its main setting in Properties (the control its
 * editor marks with the {@value #MAIN_SETTING} style class, else the first one after the name).
 */
public final class DesignerFocus {

    /** Style class of the control a tile editor wants Enter on the tile to reach first. */
    public static final String MAIN_SETTING = "main-setting";

    private final PipelineCanvas canvas;
    private final JourneyCanvasViewModel model;
    private final DesignerSidebar sidebar;

    DesignerFocus(PipelineCanvas canvas, JourneyCanvasViewModel model, DesignerSidebar sidebar) {
        this.canvas = canvas;
        this.model = model;
        this.sidebar = sidebar;
    }

    /** F6, Shift+F6: the focus to the next part; {@code toCanvas} runs first when that is the canvas. */
    void cycle(boolean backward, Runnable toCanvas) {
        Node focused = canvas.getScene() == null ? null : canvas.getScene().getFocusOwner();
        DesignerRegion current = within(focused, canvas) ? DesignerRegion.CANVAS
                : !within(focused, sidebar) ? null
                : sidebar.showsToolbox() ? DesignerRegion.TOOLBOX : DesignerRegion.PROPERTIES;
        switch (DesignerRegion.next(current, backward)) {
            case CANVAS -> {
                toCanvas.run();
                String selected = model.selectedTileIdProperty().get();
                Optional<TileNode> tile = canvas.tileNode(selected);
                if (tile.isEmpty() && canvas.tileNodes().iterator().hasNext()) {
                    model.select(canvas.tileNodes().iterator().next().tileId());
                }
                canvas.requestFocus();
                canvas.focusTile(model.selectedTileIdProperty().get());
            }
            case TOOLBOX -> {
                sidebar.showToolbox();
                focusFirstIn(sidebar.shownContent());
            }
            case PROPERTIES -> {
                sidebar.showProperties();
                focusFirstIn(sidebar.shownContent());
            }
        }
    }

    /** F2: the name field of the selected tile's Properties. */
    void name() {
        sidebar.showProperties();
        inProperties(content -> content.lookup("#property-name"));
    }

    /** Enter on a tile that holds no tiles: its main setting in Properties. */
    void mainSetting() {
        sidebar.showProperties();
        inProperties(DesignerFocus::mainSettingIn);
    }

    private void inProperties(java.util.function.Function<Node, Node> target) {
        Consumer<Node> focus = content -> {
            Node node = content == null ? null : target.apply(content);
            if (node != null) {
                node.requestFocus();
            }
        };
        Node now = sidebar.shownContent();
        if (now != null && target.apply(now) != null) {
            focus.accept(now);
        } else {
            Platform.runLater(() -> focus.accept(sidebar.shownContent()));
        }
    }

    private static Node mainSettingIn(Node content) {
        for (Node marked : content.lookupAll("." + MAIN_SETTING)) {
            if (reachable(marked, content)) {
                return marked;
            }
        }
        Node name = content.lookup("#property-name");
        Node[] found = new Node[1];
        boolean[] pastName = {name == null};
        visit(content, node -> {
            if (found[0] == null && node == name) {
                pastName[0] = true;
            } else if (found[0] == null && pastName[0] && node.isFocusTraversable() && reachable(node, content)) {
                found[0] = node;
            }
        });
        return found[0] != null ? found[0] : name;
    }

    private static void visit(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, visitor));
        }
    }

    private static boolean reachable(Node node, Node content) {
        if (node.isDisabled() || !node.isFocusTraversable()) {
            return false;
        }
        for (Node n = node; n != null && n != content; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void focusFirstIn(Node content) {
        Node first = firstFocusable(content);
        if (first != null) {
            first.requestFocus();
        } else if (content != null) {
            content.requestFocus();
        }
    }

    private static Node firstFocusable(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
