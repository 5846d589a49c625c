package org.waymark.ui.simulation;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.WrappedText;
import org.waymark.ui.files.FilePicker;
import org.waymark.ui.files.FileRequest;
import org.waymark.ui.files.FileRequest.FileKind;
import org.waymark.ui.files.PickedFile;

/**
 * "Simulate journey": the behaviour model, seed, period, population and whether to save the interactions, checked
 * as they are typed ({@link SimulationSettingsViewModel}); a problem shows under its field and Simulate stays
 * disabled until none is left. Every field has a mnemonic and an accessible name; the first one has the focus.
 */
public final class SimulationSettingsDialog {

    public static final ButtonType SIMULATE = new ButtonType("Simulate", ButtonData.OK_DONE);
    static final String STYLESHEET = SimulationSettingsDialog.class.getResource("/org/waymark/ui/simulation.css")
            .toExternalForm();

    private final FilePicker files;

    public SimulationSettingsDialog(FilePicker files) {
        this.files = files;
    }

    /** Asks for the settings of a simulation of {@code journeyName}; empty when cancelled. */
    public Optional<SimulationSettings> ask(Window owner, String journeyName, SimulationSettingsViewModel model) {
        Dialog<SimulationSettings> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Simulate journey");
        dialog.setHeaderText("Simulate contacts flowing through '" + journeyName + "'");
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        dialog.getDialogPane().getStyleClass().add(StyleClass.Hooks.SIMULATION_DIALOG);
        dialog.getDialogPane().getButtonTypes().addAll(SIMULATE, ButtonType.CANCEL);
        Button simulate = (Button) dialog.getDialogPane().lookupButton(SIMULATE);
        simulate.disableProperty().bind(model.validProperty().not());
        simulate.setAccessibleHelp("Run the simulation in the background; the counts then show on the tiles");

        ToggleGroup models = new ToggleGroup();
        RadioButton defaultModel = radio("_Default behaviour model", "simulate-default-model", models);
        RadioButton fileModel = radio("Model _file:", "simulate-model-file", models);
        (model.defaultModelProperty().get() ? defaultModel : fileModel).setSelected(true);
        model.defaultModelProperty().bind(defaultModel.selectedProperty());
        TextField file = field("simulate-model-path", "Behaviour model file", model.modelFileProperty());
        file.setPromptText("my-model.json");
        file.disableProperty().bind(defaultModel.selectedProperty());
        Button browse = new Button("_Browse…");
        browse.setId("simulate-browse-model");
        browse.setAccessibleText("Choose a behaviour model file");
        browse.setOnAction(e -> chooseModel(dialog.getDialogPane().getScene().getWindow()).ifPresent(path -> {
            fileModel.setSelected(true);
            model.modelFileProperty().set(path.toString());
        }));
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox fileRow = new HBox(8, fileModel, file, browse);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        TextField seed = field("simulate-seed", "Seed", model.seedProperty());
        seed.setPrefColumnCount(12);
        seed.setMaxWidth(TextField.USE_PREF_SIZE);
        TextField days = field("simulate-days", "Period in days", model.daysProperty());
        days.setPrefColumnCount(6);
        HBox daysRow = new HBox(8, days, new Label("days"));
        daysRow.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup populations = new ToggleGroup();
        RadioButton store = radio("The store's _contacts", "simulate-store-contacts", populations);
        RadioButton synthetic = radio("S_ynthetic contacts:", "simulate-synthetic", populations);
        (model.storeContactsProperty().get() ? store : synthetic).setSelected(true);
        model.storeContactsProperty().bind(store.selectedProperty());
        TextField count = field("simulate-synthetic-count", "Number of synthetic contacts",
                model.syntheticContactsProperty());
        count.setPrefColumnCount(10);
        count.disableProperty().bind(store.selectedProperty());
        HBox countRow = new HBox(8, synthetic, count);
        countRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox persist = new CheckBox("Save the _interactions to the store, so contact timelines show them");
        persist.setId("simulate-persist");
        persist.setMnemonicParsing(true);
        persist.selectedProperty().bindBidirectional(model.persistProperty());
        persist.disableProperty().bind(synthetic.selectedProperty());
        persist.setAccessibleHelp("Only for the store's contacts");

        VBox content = new VBox(6,
                heading("Behaviour model", defaultModel), defaultModel, fileRow,
                problem(model.modelErrorProperty(), file),
                heading("_Seed", seed), seed, problem(model.seedErrorProperty(), seed),
                heading("_Period", days), daysRow, problem(model.daysErrorProperty(), days),
                heading("Population", store), store, countRow, problem(model.contactsErrorProperty(), count),
                persist);
        content.getStyleClass().add(StyleClass.Hooks.SIMULATION_SETTINGS);
        content.setPadding(new Insets(6, 4, 4, 4));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        // Enter on a choice accepts the dialog, as it does in a text field (choices would keep it otherwise)
        content.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof ButtonBase choice
                    && !(choice instanceof Button)) {
                e.consume();
                if (!simulate.isDisabled()) {
                    simulate.fire();
                }
            }
        });
        // later: a dialog hears of being shown before its window is, and its default button then takes the focus
        dialog.setOnShown(e -> Platform.runLater(() -> ((RadioButton) models.getSelectedToggle()).requestFocus()));
        dialog.setResultConverter(button -> button == SIMULATE && model.validProperty().get() ? model.settings() : null);
        Optional<SimulationSettings> answer = dialog.showAndWait();
        model.defaultModelProperty().unbind();
        model.storeContactsProperty().unbind();
        return answer;
    }

    private Optional<Path> chooseModel(Window owner) {
        return files.open(owner, FileRequest.of("Choose a behaviour model",
                FileKind.of("Behaviour models (*.json)", "*.json"))).map(PickedFile::path);
    }

    private static Label heading(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.getStyleClass().add(StyleClass.SIMULATION_FIELD_LABEL);
        return label;
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setMnemonicParsing(true);
        button.setId(id);
        button.setToggleGroup(group);
        // its mnemonic (Alt+letter) only sends an action event: that chooses it too
        button.setOnAction(e -> button.setSelected(true));
        return button;
    }

    private static TextField field(String id, String name, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(name);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** The problem of a field under it, hidden while there is none; the field's accessible help says it too. */
    private static Label problem(ObservableStringValue text, TextField field) {
        Label label = new Label();
        label.getStyleClass().add(StyleClass.SIMULATION_PROBLEM);
        label.setId(field.getId() + "-problem");
        WrappedText.wrap(label);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        field.accessibleHelpProperty().bind(text);
        return label;
    }
}
