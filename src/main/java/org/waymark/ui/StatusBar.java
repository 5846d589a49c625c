package org.waymark.ui;

import java.nio.file.Path;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.waymark.ui.appearance.StyleClass;

/**
 * The bottom line of the window: the last thing that happened, and which store the window works on. Both show
 * whole: a message longer than the room takes a second line.
 */
final class StatusBar extends HBox {

    StatusBar(ObservableValue<String> message, Path storeDirectory) {
        getStyleClass().add(StyleClass.STATUS_BAR);
        Label last = new Label();
        last.setId("status-message");
        last.textProperty().bind(message);
        org.waymark.ui.window.WrappedText.wrap(last); // a long message takes a second line rather than losing its end
        last.setMinWidth(0);
        last.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(last, Priority.ALWAYS);
        Label store = new Label("Store: " + storeDirectory.toAbsolutePath());
        store.setId("status-store");
        store.setTooltip(new Tooltip("The folder holding this Waymark store"));
        store.setMinWidth(Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        getChildren().addAll(last, store);
    }
}
