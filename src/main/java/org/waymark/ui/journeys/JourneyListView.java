package org.waymark.ui.journeys;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.waymark.model.journey.JourneySummary;

/**
 * The left side of the window: a search field, the list of journeys and the buttons for the journey
 * commands. Enter or a double click opens the selected journey, Delete asks to delete it.
 */
public final class JourneyListView extends VBox {

    private final ListView<JourneySummary> list = new ListView<>();

    public JourneyListView(JourneyListViewModel model, JourneyActions actions) {
        getStyleClass().add("journey-list-pane");
        Label title = new Label("Journeys");
        title.getStyleClass().add("pane-title");

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
                    actions.openSelected();
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
                actions.openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                actions.deleteSelected();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button create = button("New", "Create a new journey", "journey-new", actions::newJourney);
        Button open = button("Open", "Open the selected journey", "journey-open", actions::openSelected);
        open.disableProperty().bind(actions.nothingSelected());
        Button delete = button("Delete", "Delete the selected journey", "journey-delete", actions::deleteSelected);
        delete.disableProperty().bind(actions.nothingSelected());
        Button importFile = button("Import…", "Import a journey file", "journey-import", actions::importFile);
        Button exportFile = button("Export…", "Export the open journey to a file", "journey-export",
                actions::exportFile);
        exportFile.disableProperty().bind(actions.nothingOpen());
        GridPane buttons = new GridPane();
        buttons.setHgap(6);
        buttons.setVgap(6);
        buttons.addRow(0, create, open, delete);
        buttons.addRow(1, importFile, exportFile);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints third = new ColumnConstraints();
            third.setPercentWidth(100.0 / 3);
            buttons.getColumnConstraints().add(third);
        }
        buttons.getStyleClass().add("journey-buttons");

        setSpacing(10);
        setPadding(new Insets(12));
        getChildren().addAll(title, search, list, buttons);
    }

    /** Puts the keyboard focus in the list, on the selected journey. */
    public void focusList() {
        list.requestFocus();
    }

    private static Button button(String text, String accessibleText, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(accessibleText);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
