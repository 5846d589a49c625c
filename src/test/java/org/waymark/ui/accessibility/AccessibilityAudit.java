package org.waymark.ui.accessibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;

/**
 * The accessibility rules of issue 4, applied to a scene graph. Two rules:
 * <ol>
 * <li><b>named</b>: a node the Tab key can reach (focus-traversable, visible with all its parents, enabled) has a
 * name for screen readers: its accessible text, or for a Labeled control a non-blank text, or a {@link Label}
 * whose {@code labelFor} is the node;</li>
 * <li><b>reachable</b>: an interactive control (button, text input, combo box, check box / toggle / radio,
 * list / table / tree, slider, spinner, hyperlink, menu button, tile card {@code .tile}) that is visible and
 * enabled is focus-traversable.</li>
 * </ol>
 * The parts a control's skin builds for itself (a combo box's editor, a spinner's arrows, a menu bar's buttons,
 * which the platform reaches with F10) are judged as part of that control, not on their own; so are the nodes
 * inside list, table and tree cells, which the keyboard reaches through their list.
 */
final class AccessibilityAudit {

    static final String NAMED = "named";
    static final String REACHABLE = "reachable";

    /** One broken rule: which, where (the node's path in the scene graph) and the node itself. */
    record Offence(String rule, String path, Node node) {
        @Override
        public String toString() {
            return rule + ": " + path;
        }
    }

    private final List<Offence> offences = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final java.util.Map<String, Integer> reachable = new java.util.LinkedHashMap<>();

    /** Judges every node under {@code root}; {@code view} names the view in the offence paths. */
    void audit(String view, Parent root) {
        Set<Node> labelled = new HashSet<>();
        collectLabelTargets(root, labelled);
        walk(view, root, root.getTypeSelector(), labelled);
    }

    /** How many Tab-reachable nodes each audited view had, so a test can tell an empty walk from a clean one. */
    java.util.Map<String, Integer> reachableCounts() {
        return java.util.Map.copyOf(reachable);
    }

    /** The offences found so far, each once (a node seen in two views is reported once). */
    List<Offence> offences() {
        return List.copyOf(offences);
    }

    private void walk(String view, Node node, String path, Set<Node> labelled) {
        if (!node.isVisible()) {
            return;
        }
        judge(view, node, path, labelled);
        if (node instanceof Parent parent && !isSelfContained(node)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(view, child, path + " > " + describe(child), labelled);
            }
        }
    }

    private void judge(String view, Node node, String path, Set<Node> labelled) {
        if (node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            reachable.merge(view, 1, Integer::sum);
        }
        if (node.isFocusTraversable() && !hasName(node, labelled)) {
            report(NAMED, view, path, node);
        }
        if (isInteractive(node) && !node.isFocusTraversable()) {
            report(REACHABLE, view, path, node);
        }
    }

    private void report(String rule, String view, String path, Node node) {
        String where = "[" + view + "] " + path;
        if (seen.add(rule + System.identityHashCode(node))) {
            offences.add(new Offence(rule, where, node));
        }
    }

    static boolean hasName(Node node, Set<Node> labelled) {
        if (notBlank(node.getAccessibleText())) {
            return true;
        }
        if (node instanceof Labeled labeled && notBlank(labeled.getText())) {
            return true;
        }
        return labelled.contains(node);
    }

    static boolean isInteractive(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase
                || node instanceof ChoiceBox || node instanceof ListView || node instanceof TableView
                || node instanceof TreeView || node instanceof TreeTableView || node instanceof Slider
                || node instanceof Spinner || node.getStyleClass().contains("tile");
    }

    /** Controls whose skin parts are not judged on their own, and cells, which their list reaches. */
    private static boolean isSelfContained(Node node) {
        return node instanceof ComboBoxBase || node instanceof Spinner || node instanceof TextInputControl
                || node instanceof MenuBar || node instanceof ScrollBar || node instanceof Slider
                || node instanceof ChoiceBox || node instanceof Cell;
    }

    private static void collectLabelTargets(Node node, Set<Node> targets) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            targets.add(label.getLabelFor());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabelTargets(child, targets));
        }
    }

    /** {@code Type#id.class1.class2}, the way a CSS selector names the node. */
    static String describe(Node node) {
        StringBuilder text = new StringBuilder(node.getTypeSelector());
        if (node.getId() != null) {
            text.append('#').append(node.getId());
        }
        for (String styleClass : new LinkedHashSet<>(node.getStyleClass())) {
            text.append('.').append(styleClass);
        }
        return text.toString();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
