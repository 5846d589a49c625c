package org.waymark.ui.canvas;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.WrappedText;

/**
 * The designer's side panel, right of the canvas: the toolbox, the selected tile's properties, the journey's
 * settings and its simulation data, one tab each. The panes come from outside through the setters; until then a tab says what will be
 * there. Its width is in waymark.css, in em, so that it grows with the UI scale.
 */
public final class DesignerSidebar extends TabPane {

    private final Tab toolbox = tab("Toolbox", "sidebar-toolbox", "The toolbox appears here.");
    private final Tab properties = tab("Properties", "sidebar-properties", "Select a tile to see its properties.");
    private final Tab settings = tab("Settings", "sidebar-settings", "The journey's settings appear here.");
    private final Tab data = tab("Data", "sidebar-data", "Simulation results appear here.");
    private Runnable reveal = () -> { };

    public DesignerSidebar() {
        getTabs().addAll(toolbox, properties, settings, data);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getStyleClass().add(StyleClass.DESIGNER_SIDEBAR);
        setAccessibleText("Toolbox, properties, settings and data");
    }

    public void setToolbox(Node pane) {
        toolbox.setContent(pane);
    }

    public void setPropertiesPane(Node pane) {
        properties.setContent(pane);
    }

    public void setSettingsPane(Node pane) {
        settings.setContent(pane);
    }

    public void setDataPane(Node pane) {
        data.setContent(pane);
    }

    public void showData() {
        getSelectionModel().select(data);
    }

    public void showToolbox() {
        getSelectionModel().select(toolbox);
    }

    public void showProperties() {
        getSelectionModel().select(properties);
    }

    public void showSettings() {
        getSelectionModel().select(settings);
    }

    /** What shows the panel again when it is hidden and the keyboard asks for its contents (F2, Enter on a tile). */
    public void onReveal(Runnable reveal) {
        this.reveal = reveal;
    }

    /** Shows the panel if it is hidden. */
    void reveal() {
        reveal.run();
    }

    /** The content of the tab now shown. */
    Node shownContent() {
        Tab shown = getSelectionModel().getSelectedItem();
        return shown == null ? null : shown.getContent();
    }

    boolean showsToolbox() {
        return getSelectionModel().getSelectedItem() == toolbox;
    }

    private static Tab tab(String title, String id, String placeholder) {
        Label hint = new Label(placeholder);
        hint.getStyleClass().add(StyleClass.SIDEBAR_PLACEHOLDER);
        WrappedText.wrap(hint);
        Tab tab = new Tab(title, hint);
        tab.setId(id);
        return tab;
    }
}
