package org.waymark.ui.activities;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.activity.ActivityRelationship.AccountMatch;
import org.waymark.model.activity.ActivityRelationship.ContactMatch;
import org.waymark.model.activity.ActivityType;
import org.waymark.model.source.DataSource;

/** The page of each wizard step, its controls bound to the {@link ActivityWizardViewModel}. */
final class WizardPages {

    static final String NONE = "(none)";

    private final ActivityWizardViewModel model;
    private final List<Runnable> listeners = new ArrayList<>();

    WizardPages(ActivityWizardViewModel model) {
        this.model = model;
        for (Property<?> p : List.<Property<?>>of(model.sourceProperty(), model.typeProperty(), model.keyProperty(),
                model.nameProperty(), model.timestampProperty(), model.eventProperty(), model.webAddressProperty(),
                model.contactColumnProperty(), model.accountColumnProperty())) {
            p.addListener((obs, old, now) -> changed());
        }
        model.fields().addListener((MapChangeListener<String, String>) c -> changed());
        model.details().addListener((ListChangeListener<String>) c -> changed());
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    Node page(WizardStep step) {
        return switch (step) {
            case TABLE -> tables();
            case TYPE -> type();
            case KEY -> key();
            case FIELDS -> fields();
            case RELATIONSHIP -> relationship();
            case REVIEW -> review();
        };
    }

    /** Focuses the first control of {@code page}, so a screen reader starts there. */
    void focusFirst(Node page) {
        first(page).ifPresent(Node::requestFocus);
    }

    private static java.util.Optional<Node> first(Node node) {
        if (node instanceof Control && node.isFocusTraversable() && !node.isDisabled()) {
            return java.util.Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                java.util.Optional<Node> found = first(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private Node tables() {
        ListView<DataSource> list = new ListView<>();
        list.setId("wizard-sources");
        list.setAccessibleText("Data sources");
        list.getItems().setAll(model.sources());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DataSource s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + " — " + s.fileName() + ", "
                        + String.format("%,d", s.rowCount()) + " rows");
            }
        });
        list.getSelectionModel().select(model.sourceProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> model.sourceProperty().set(s));
        Label none = new Label("Import a data source first (Import CSV… in the Activities tab).");
        list.setPlaceholder(none);
        return new VBox(6, new Label("Which table holds the activities?"), list);
    }

    private Node type() {
        ComboBox<String> type = new ComboBox<>();
        type.setId("wizard-type");
        type.setAccessibleText("Activity type; type a name for a new custom type");
        type.setEditable(true);
        type.getItems().setAll(ActivityType.BUILT_IN.stream().map(ActivityType::name).toList());
        type.setValue(model.typeProperty().get());
        type.getEditor().textProperty().addListener((obs, old, text) -> model.typeProperty().set(text));
        type.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.typeProperty().set(value);
            }
        });
        return new VBox(6, new Label("Feedback, Loyalty, SalesOrder, SalesOrderLine and Subscription know their "
                + "fields; Other or a new name of your own has none."), type);
    }

    private Node key() {
        ComboBox<String> key = columns("wizard-key", "Primary key column", model.keyProperty(), false);
        Label check = new Label();
        check.setId("wizard-key-check");
        WrappedText.wrap(check);
        ListView<String> offenders = new ListView<>();
        offenders.setId("wizard-key-offenders");
        offenders.setAccessibleText("Rows that keep this column from being a key");
        offenders.setPrefHeight(160);
        offenders.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(offenders.getItems()));
        offenders.managedProperty().bind(offenders.visibleProperty());
        model.keyCheckProperty().addListener((obs, old, result) -> {
            check.setText(result == null ? "" : result.ok() ? "Every row has its own value: a good key."
                    : result.describe());
            offenders.getItems().setAll(result == null ? List.of() : KeyOffenders.lines(result));
        });
        return new VBox(6, new Label("Which column identifies a row? It must hold no duplicates and no empty "
                + "values, so running the activities again never adds a row twice."), key, check, offenders);
    }

    private Node fields() {
        TextField name = new TextField();
        name.setId("wizard-name");
        name.setAccessibleText("Activity name");
        name.textProperty().bindBidirectional(model.nameProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("When (timestamp)"),
                columns("wizard-timestamp", "Timestamp column", model.timestampProperty(), false));
        grid.addRow(row++, new Label("What happened (event)"),
                columns("wizard-event", "Event column", model.eventProperty(), false));
        grid.addRow(row++, new Label("Web address"),
                columns("wizard-url", "Web address column", model.webAddressProperty(), true));
        for (ActivityType.Field field : model.typeFields()) {
            ComboBox<String> column = new ComboBox<>();
            column.setId("wizard-field-" + field.name());
            column.setAccessibleText(field.name() + (field.required() ? ", required" : ", optional"));
            column.getItems().add(NONE);
            column.getItems().addAll(model.columns());
            column.setValue(model.fields().getOrDefault(field.name(), NONE));
            column.valueProperty().addListener((obs, old, v) -> {
                if (v == null || NONE.equals(v)) {
                    model.fields().remove(field.name());
                } else {
                    model.fields().put(field.name(), v);
                }
            });
            grid.addRow(row++, new Label(field.name() + (field.required() ? " *" : "")), column);
        }
        ComboBox<String> icon = new ComboBox<>();
        icon.setId("wizard-icon");
        icon.setAccessibleText("Icon");
        icon.getItems().setAll(ActivityWizardViewModel.ICONS);
        icon.valueProperty().bindBidirectional(model.iconProperty());
        grid.addRow(row++, new Label("Icon"), icon);
        CheckBox show = new CheckBox("Show in the timeline");
        show.setId("wizard-show");
        show.selectedProperty().bindBidirectional(model.showInTimelineProperty());
        FlowPane details = new FlowPane(8, 4);
        details.setId("wizard-details");
        for (String column : model.columns()) {
            CheckBox box = new CheckBox(column);
            box.setMnemonicParsing(false); // column names hold underscores
            box.setSelected(model.details().contains(column));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    model.details().add(column);
                } else {
                    model.details().remove(column);
                }
            });
            details.getChildren().add(box);
        }
        return new VBox(8, grid, show, new Label("Additional detail"), details);
    }

    private Node relationship() {
        ComboBox<ContactMatch> contactMatch = new ComboBox<>();
        contactMatch.setId("wizard-contact-match");
        contactMatch.setAccessibleText("The contact column holds a contact's");
        contactMatch.getItems().setAll(ContactMatch.values());
        contactMatch.valueProperty().bindBidirectional(model.contactMatchProperty());
        ComboBox<AccountMatch> accountMatch = new ComboBox<>();
        accountMatch.setId("wizard-account-match");
        accountMatch.setAccessibleText("The account column holds an account's");
        accountMatch.getItems().setAll(AccountMatch.values());
        accountMatch.valueProperty().bindBidirectional(model.accountMatchProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Contact column"),
                columns("wizard-contact", "Contact column", model.contactColumnProperty(), true),
                new Label("holds the contact's"), contactMatch);
        grid.addRow(1, new Label("Account column"),
                columns("wizard-account", "Account column", model.accountColumnProperty(), true),
                new Label("holds the account's"), accountMatch);
        return new VBox(8, new Label("A row goes to the contact it names; the contact's account comes along. A row "
                + "whose contact is unknown but whose account is known shows on the account as \"not mapped to a "
                + "contact\"."), grid);
    }

    private Node review() {
        VBox lines = new VBox(4);
        lines.setId("wizard-review");
        model.review().forEach(line -> lines.getChildren().add(new Label(line)));
        return lines;
    }

    private ComboBox<String> columns(String id, String spoken, StringProperty chosen, boolean optional) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(spoken);
        box.setPromptText("Choose a column");
        if (optional) {
            box.getItems().add(NONE);
        }
        box.getItems().addAll(model.columns());
        box.setValue(chosen.get() == null ? (optional ? NONE : null) : chosen.get());
        box.valueProperty().addListener((obs, old, v) -> chosen.set(v == null || NONE.equals(v) ? null : v));
        return box;
    }
}
