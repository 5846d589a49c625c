package org.waymark.ui.canvas;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.FocusPart;

/**
 * Moves the keyboard focus between the designer's parts: names them for F6 (Shift+F6 back): toolbox, canvas and
 * properties; F2 to the selected tile's name (Enter there back to the tile); Enter on a tile to its main setting in Properties (the control its
 * editor marks with the {@link StyleClass.Hooks#MAIN_SETTING} style class, else the first one after the name).
 */
public final class DesignerFocus {

    private final PipelineCanvas canvas;
    private final JourneyCanvasViewModel model;
    private final DesignerSidebar sidebar;

    DesignerFocus(PipelineCanvas canvas, JourneyCanvasViewModel model, DesignerSidebar sidebar) {
        this.canvas = canvas;
        this.model = model;
        this.sidebar = sidebar;
        // F2, the name typed, Enter: back on the canvas, on the renamed tile
        sidebar.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.getTarget() instanceof Node target
                    && "property-name".equals(target.getId())) {
                canvas.focusTile(model.selectedTileIdProperty().get());
                e.consume();
            }
        });
    }

    /**
     * The designer's parts for F6 and Shift+F6, in order: the toolbox, the canvas (entered on the selected tile, or
     * the first; {@code beforeCanvas} runs first) and the properties (any other sidebar tab counts as them); only
     * the canvas while the side panel is hidden.
     */
    List<FocusPart> parts(Runnable beforeCanvas) {
        FocusPart canvasPart = new FocusPart("Canvas", node -> within(node, canvas), () -> {
            beforeCanvas.run();
            String selected = model.selectedTileIdProperty().get();
            Optional<TileNode> tile = canvas.tileNode(selected);
            if (tile.isEmpty() && canvas.tileNodes().iterator().hasNext()) {
                model.select(canvas.tileNodes().iterator().next().tileId());
            }
            canvas.requestFocus();
            canvas.focusTile(model.selectedTileIdProperty().get());
        });
        if (sidebar.getScene() == null) {
            return List.of(canvasPart); // the side panel is hidden: F6 passes it by
        }
        return List.of(
                new FocusPart("Toolbox", node -> within(node, sidebar) && sidebar.showsToolbox(), () -> {
                    sidebar.reveal();
                    sidebar.showToolbox();
                    FocusPart.focusFirstIn(sidebar.shownContent());
                }),
                canvasPart,
                new FocusPart("Properties", node -> within(node, sidebar) && !sidebar.showsToolbox(), () -> {
                    sidebar.reveal();
                    sidebar.showProperties();
                    FocusPart.focusFirstIn(sidebar.shownContent());
                }));
    }

    /** F2: the name field of the selected tile's Properties. */
    void name() {
        sidebar.reveal();
        sidebar.showProperties();
        inProperties(content -> content.lookup("#property-name"));
    }

    /** Enter on a tile that holds no tiles: its main setting in Properties. */
    void mainSetting() {
        sidebar.reveal();
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
        for (Node marked : content.lookupAll("." + StyleClass.Hooks.MAIN_SETTING)) {
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
        return FocusPart.within(node, ancestor);
    }
}
