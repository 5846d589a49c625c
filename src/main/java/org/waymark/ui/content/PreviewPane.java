package org.waymark.ui.content;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.audience.ContactSummary;
import org.waymark.ui.appearance.StyleClass;

/**
 * The preview below an editor: a contact search, the contacts it finds, and the message with its placeholders filled
 * for the chosen one. Logic lives in {@link PreviewViewModel}.
 */
final class PreviewPane extends VBox {

    private final ListView<ContactSummary> people = new ListView<>();

    PreviewPane(PreviewViewModel model) {
        setId("content-preview");
        setSpacing(6);
        Label heading = new Label("Preview");
        heading.getStyleClass().add(StyleClass.FIELD_LABEL);
        TextField search = new TextField();
        search.setId("preview-search");
        search.setPromptText("Search a contact by name, email or account");
        search.setAccessibleText("Preview with a contact: search by name, email or account, then pick one below");
        search.textProperty().bindBidirectional(model.searchProperty());
        people.setId("preview-contacts");
        people.setItems(model.matches());
        people.setPrefHeight(90);
        people.setAccessibleText("Contacts found; the chosen one fills the preview's placeholders");
        people.setPlaceholder(new Label("Type part of a name to find a contact"));
        people.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ContactSummary person, boolean empty) {
                super.updateItem(person, empty);
                setText(empty || person == null ? null : person.firstName() + " " + person.lastName()
                        + (person.email().isEmpty() ? "" : " · " + person.email()));
            }
        });
        people.getSelectionModel().selectedItemProperty().addListener((o, old, person) -> {
            if (person != null) {
                model.contactProperty().set(person);
            }
        });
        search.setOnAction(e -> {
            if (!people.getItems().isEmpty()) {
                people.getSelectionModel().select(0);
                people.requestFocus();
            }
        });
        Label whom = label("preview-heading", model.headingProperty().get());
        whom.textProperty().bind(model.headingProperty());
        whom.getStyleClass().add(StyleClass.MUTED);
        Label title = label("preview-title", "");
        title.textProperty().bind(model.titleProperty());
        title.setStyle("-fx-font-weight: bold;");
        Label preheader = label("preview-preheader", "");
        preheader.textProperty().bind(model.preheaderProperty());
        preheader.getStyleClass().add(StyleClass.MUTED);
        TextArea body = new TextArea();
        body.setId("preview-body");
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(6);
        body.textProperty().bind(model.bodyProperty());
        body.accessibleTextProperty().bind(model.headingProperty().concat(": ").concat(model.titleProperty())
                .concat(". ").concat(model.bodyProperty()));
        getChildren().addAll(heading, search, people, whom, title, preheader, body);
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        WrappedText.wrap(label);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
