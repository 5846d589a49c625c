package org.waymark.ui.simulation;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.WrappedText;
import org.waymark.ui.simulation.SimulationDataViewModel.FunnelBar;
import org.waymark.ui.simulation.SimulationDataViewModel.Row;

/**
 * The Data tab: before a run, how to simulate; after it, the totals, the funnel (one bar per stage, its number and
 * share beside it, each bar focusable and read out as a sentence) and how the run was made, with the buttons to run
 * it again or change its settings.
 */
public final class SimulationDataPanel extends ScrollPane {

    private final SimulationDataViewModel model;
    private final GridPane totals = grid("simulation-totals", "Simulation totals");
    private final GridPane settings = grid("simulation-settings", "Settings of the simulation");
    private final VBox funnel = new VBox(8);

    /** {@code runAgain} and {@code simulate} are the action buttons under the results (and in the empty state). */
    public SimulationDataPanel(SimulationDataViewModel model, Node runAgain, Node simulate) {
        this.model = model;
        getStyleClass().add(StyleClass.DATA_PANE);
        getStylesheets().add(SimulationSettingsDialog.STYLESHEET);
        setId("data-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setAccessibleText("Simulation data");

        Label title = new Label("Simulation");
        title.getStyleClass().add(StyleClass.DATA_HEADING);
        Label emptyTitle = new Label("No simulation yet");
        emptyTitle.getStyleClass().add(StyleClass.DATA_SECTION);
        Label emptyDetail = new Label("Press F5 or choose File ▸ Simulate… to send contacts through this journey. "
                + "Each tile then shows its counts, and this tab the totals and the funnel.");
        emptyDetail.setId("data-empty");
        emptyDetail.getStyleClass().add(StyleClass.DATA_NOTE);
        WrappedText.wrap(emptyDetail);
        VBox empty = new VBox(6, emptyTitle, emptyDetail);
        showWhen(empty, true);

        Label funnelTitle = new Label("Funnel");
        funnelTitle.getStyleClass().add(StyleClass.DATA_SECTION);
        Label caption = new Label();
        caption.setId("funnel-caption");
        caption.getStyleClass().add(StyleClass.DATA_NOTE);
        WrappedText.wrap(caption);
        caption.textProperty().bind(model.funnelCaptionProperty());
        funnel.setId("simulation-funnel");
        funnel.setAccessibleText("Funnel");
        Label settingsTitle = new Label("Run settings");
        settingsTitle.getStyleClass().add(StyleClass.DATA_SECTION);
        Label totalsTitle = new Label("Totals");
        totalsTitle.getStyleClass().add(StyleClass.DATA_SECTION);
        VBox results = new VBox(8, totalsTitle, totals, funnelTitle, caption, funnel, settingsTitle, settings);
        showWhen(results, false);

        FlowPane buttons = new FlowPane(8, 8, runAgain, simulate);
        runAgain.visibleProperty().bind(model.emptyProperty().not());
        runAgain.managedProperty().bind(runAgain.visibleProperty());
        VBox content = new VBox(12, title, empty, results, buttons);
        content.getStyleClass().add(StyleClass.DATA_CONTENT);
        setContent(content);

        model.totals().addListener((ListChangeListener<Row>) c -> fill(totals, model.totals()));
        model.settings().addListener((ListChangeListener<Row>) c -> fill(settings, model.settings()));
        model.funnel().addListener((ListChangeListener<FunnelBar>) c -> drawFunnel());
        fill(totals, model.totals());
        fill(settings, model.settings());
        drawFunnel();
    }

    private void showWhen(Node node, boolean whenEmpty) {
        node.visibleProperty().bind(whenEmpty ? model.emptyProperty() : model.emptyProperty().not());
        node.managedProperty().bind(node.visibleProperty());
    }

    private static GridPane grid(String id, String name) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setAccessibleText(name);
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.SOMETIMES);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value);
        return grid;
    }

    private static void fill(GridPane grid, List<Row> rows) {
        grid.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Label name = new Label(row.label());
            name.getStyleClass().add(StyleClass.DATA_LABEL);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(row.value());
            value.getStyleClass().add(StyleClass.DATA_VALUE);
            WrappedText.wrap(value);
            value.setAccessibleText(row.spoken());
            grid.addRow(i, name, value);
        }
    }

    private void drawFunnel() {
        funnel.getChildren().clear();
        for (FunnelBar bar : model.funnel()) {
            Label name = new Label(bar.label());
            name.getStyleClass().add(StyleClass.FUNNEL_LABEL);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label figure = new Label(bar.text());
            figure.getStyleClass().add(StyleClass.FUNNEL_FIGURE);
            HBox words = new HBox(8, name, spacer, figure);
            Region fill = new Region();
            fill.getStyleClass().add(StyleClass.FUNNEL_FILL);
            StackPane track = new StackPane(fill);
            track.getStyleClass().add(StyleClass.FUNNEL_TRACK);
            StackPane.setAlignment(fill, Pos.CENTER_LEFT);
            fill.maxWidthProperty().bind(track.widthProperty().multiply(bar.share()));
            fill.setMinWidth(0);
            VBox row = new VBox(3, words, track);
            row.getStyleClass().add(StyleClass.FUNNEL_BAR);
            row.setId("funnel-" + bar.label().toLowerCase(java.util.Locale.ROOT));
            row.setFocusTraversable(true);
            row.setAccessibleRole(AccessibleRole.TEXT);
            row.setAccessibleText(bar.spoken());
            funnel.getChildren().add(row);
        }
    }
}
