package org.waymark.ui.window;

import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Separator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.waymark.ui.appearance.StyleClass;

/**
 * A row of buttons (and the labels and fields that go with them) that wraps onto a further line when the window
 * has no room for it, rather than cutting a button's text short or hiding it in an overflow menu. A button in it
 * is never narrower than its text; the gaps are in ems, so they grow with the UI scale. {@link #toolBar} is the same
 * row drawn as a tool bar.
 */
public final class ButtonRow extends FlowPane {

    public ButtonRow(Node... items) {
        getStyleClass().add(StyleClass.BUTTON_ROW);
        setMinHeight(USE_PREF_SIZE); // a box short of room would squeeze the second line away
        getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(ButtonRow::keepWhole);
            }
        });
        getChildren().addAll(items);
    }

    /** A row of tools with the tool bar's look and role, named {@code name} for screen readers. */
    public static ButtonRow toolBar(String name) {
        ButtonRow row = new ButtonRow();
        row.getStyleClass().add(StyleClass.TOOL_BAR);
        row.setAccessibleRole(AccessibleRole.TOOL_BAR);
        row.setAccessibleText(name);
        return row;
    }

    private static void keepWhole(Node item) {
        if (item instanceof Labeled labeled) {
            labeled.setMinWidth(Region.USE_PREF_SIZE);
        } else if (item instanceof Separator separator) {
            separator.getStyleClass().add(StyleClass.BUTTON_ROW_SEPARATOR);
        }
    }
}
