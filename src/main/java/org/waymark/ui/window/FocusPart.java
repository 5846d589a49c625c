package org.waymark.ui.window;

import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.waymark.ui.appearance.StyleClass;

/**
 * A part of the window that F6 and Shift+F6 move the keyboard focus to: its name, whether a node lies in it, and
 * how the focus enters it.
 */
public record FocusPart(String name, Predicate<Node> holds, Runnable focus) {

    /** The part {@code root}: it holds what lies under {@code root}; the focus enters at its first reachable control. */
    public static FocusPart of(String name, Node root) {
        return new FocusPart(name, node -> within(node, root), () -> focusFirstIn(root));
    }

    /**
     * The part after (or with {@code backward} before) the one holding {@code focused}, among {@code parts} in
     * their order, round the end; from a node no part holds, the first (or the last).
     */
    public static FocusPart next(List<FocusPart> parts, Node focused, boolean backward) {
        int current = -1;
        for (int i = 0; i < parts.size() && current < 0; i++) {
            if (focused != null && parts.get(i).holds().test(focused)) {
                current = i;
            }
        }
        int count = parts.size();
        if (current < 0) {
            return parts.get(backward ? count - 1 : 0);
        }
        return parts.get((current + (backward ? count - 1 : 1)) % count);
    }

    public static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The focus to the control under {@code root} marked {@link #ENTRY} that shows, else to the first control Tab
     * would reach, else to {@code root} itself.
     */
    public static void focusFirstIn(Node root) {
        Node first = root == null ? null : root.lookupAll("." + StyleClass.Hooks.FOCUS_ENTRY).stream()
                .filter(entry -> firstFocusable(entry) == entry && shows(entry, root)).findFirst()
                .orElseGet(() -> firstFocusable(root));
        if (first != null) {
            first.requestFocus();
        } else if (root != null) {
            root.requestFocus();
        }
    }

    private static boolean shows(Node node, Node root) {
        for (Node n = node; n != null && n != root; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
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
