package org.waymark.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.waymark.ui.appearance.StyleClass;

/**
 * The narrow strip at the window's left edge while the journey list is hidden: one button that shows it again
 * (View ▸ Journey list, Ctrl+Shift+J), so that a mouse user sees where it went.
 */
final class HiddenListStrip extends VBox {

    HiddenListStrip(Button show, ObservableBooleanValue listShown) {
        getStyleClass().add(StyleClass.HIDDEN_LIST_STRIP);
        getChildren().add(show);
        visibleProperty().bind(javafx.beans.binding.Bindings.not(listShown));
        managedProperty().bind(visibleProperty());
    }
}
