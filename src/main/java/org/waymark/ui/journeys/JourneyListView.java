package org.waymark.ui.journeys;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.waymark.model.journey.JourneySummary;
import org.waymark.ui.actions.ActionControls;
import org.waymark.ui.actions.ActionId;
import org.waymark.ui.actions.ActionRegistry;
import org.waymark.ui.appearance.StyleClass;

/**
 * The left side of the window: a search field, the list of journeys and the buttons for the journey
 * commands. Enter or a double click opens the selected journey, Delete asks to delete it.
 */
public final class JourneyListView extends VBox {

    private final ListView<JourneySummary> list = new ListView<>();

    public JourneyListView(JourneyListViewModel model, ActionControls actions, ActionRegistry registry) {
        getStyleClass().add(StyleClass.JOURNEY_LIST_PANE);
        Label title = new Label("Journeys");
        title.getStyleClass().add(StyleClass.PANE_TITLE);

        TextField search = new TextField();
        search.setId("journey-search");
        search.setPromptText("Search journeys");
        search.setAccessibleText("Search journeys by name");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });

        list.setId("journey-list");
        list.setAccessibleText("Journeys");
        list.setItems(model.summaries());
        list.setCellFactory(view -> {
            JourneySummaryCell cell = new JourneySummaryCell(model);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty()) {
                    registry.run(ActionId.OPEN_JOURNEY);
                }
            });
            return cell;
        });
        list.setPlaceholder(new Label("No journey found"));
        model.unsavedProperty().addListener((obs, old, id) -> list.refresh());
        list.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, summary) -> model.selectedProperty().set(summary));
        model.selectedProperty().addListener((obs, old, summary) -> {
            if (summary == null) {
                list.getSelectionModel().clearSelection();
            } else if (!summary.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(summary);
                list.scrollTo(summary);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                registry.run(ActionId.OPEN_JOURNEY);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                registry.run(ActionId.DELETE_JOURNEY);
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        list.setContextMenu(actions.contextMenu(ActionId.OPEN_JOURNEY, ActionId.DELETE_JOURNEY, null,
                ActionId.NEW_JOURNEY, ActionId.IMPORT, ActionId.EXPORT));
        Button create = button(actions, ActionId.NEW_JOURNEY, "journey-new");
        Button open = button(actions, ActionId.OPEN_JOURNEY, "journey-open");
        Button delete = button(actions, ActionId.DELETE_JOURNEY, "journey-delete");
        Button importFile = button(actions, ActionId.IMPORT, "journey-import");
        Button exportFile = button(actions, ActionId.EXPORT, "journey-export");
        FlowPane buttons = new FlowPane(6, 6, create, open, delete, importFile, exportFile);
        buttons.getStyleClass().add(StyleClass.Hooks.JOURNEY_BUTTONS);

        setSpacing(10);
        setPadding(new Insets(12));
        Button hide = actions.iconButton(ActionId.TOGGLE_JOURNEY_LIST);
        hide.setId("journey-list-hide");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.layout.HBox heading = new javafx.scene.layout.HBox(6, title, gap, hide);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(heading, search, list, buttons);
    }

    /** Puts the keyboard focus in the list, on the selected journey. */
    public void focusList() {
        list.requestFocus();
    }

    private static Button button(ActionControls actions, ActionId action, String id) {
        Button button = actions.button(action);
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }
}
