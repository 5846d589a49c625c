package org.waymark.ui.content;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.model.content.FieldType;
import org.waymark.ui.properties.Field;

/** The editor of each kind of asset, built on its model: one labelled control per field, rows for lists. */
final class EditorViews {

    private EditorViews() {
    }

    static Node of(AssetEditorModel model, ObservableList<String> formNames) {
        VBox form = new VBox(10);
        form.setId("content-editor");
        form.getChildren().add(EditorForms.text("Name", "content-name", model.nameProperty(),
                "The name journeys use to pick it, unique among its kind"));
        if (model instanceof EmailEditorModel email) {
            email(form, email);
        } else if (model instanceof MessageEditorModels.Sms sms) {
            form.getChildren().add(EditorForms.area("Text", "content-sms-text", sms.textProperty(), 4,
                    "The text message; placeholders such as {{firstName}} are filled for each contact"));
        } else if (model instanceof MessageEditorModels.Push push) {
            form.getChildren().addAll(
                    EditorForms.text("Title", "content-push-title", push.titleProperty(), "The notification's title"),
                    EditorForms.area("Text", "content-push-text", push.textProperty(), 3, "The notification's text"));
        } else if (model instanceof FormEditorModel fields) {
            form.getChildren().add(formFields(fields));
        } else if (model instanceof PageEditorModel page) {
            ComboBox<String> forms = new ComboBox<>();
            forms.setId("content-page-form");
            forms.getItems().add("");
            forms.getItems().addAll(formNames);
            forms.valueProperty().bindBidirectional(page.formProperty());
            forms.setMaxWidth(Double.MAX_VALUE);
            form.getChildren().addAll(EditorForms.text("URL", "content-page-url", page.urlProperty(),
                    "The page's web address, starting with https://"), Field.of("Form", forms,
                    "The marketing form the page shows; empty for none"));
        } else if (model instanceof EventEditorModel event) {
            form.getChildren().addAll(
                    EditorForms.text("Start", "content-event-start", event.startProperty(),
                            "When the event starts, as 2026-06-01 09:00"),
                    EditorForms.text("End", "content-event-end", event.endProperty(),
                            "When the event ends, as 2026-06-01 17:00; may be empty"),
                    EditorForms.text("Place", "content-event-place", event.placeProperty(),
                            "Where the event takes place: an address, or Online"));
        }
        return form;
    }

    private static void email(VBox form, EmailEditorModel email) {
        form.getChildren().addAll(
                EditorForms.text("Subject", "content-subject", email.subjectProperty(),
                        "The subject line; placeholders such as {{firstName}} are filled for each contact"),
                EditorForms.text("Preheader", "content-preheader", email.preheaderProperty(),
                        "The line mail programs show after the subject"),
                EditorForms.area("Body", "content-body", email.bodyProperty(), 8,
                        "The message, simple HTML; placeholders such as {{firstName}} are filled for each contact"),
                EditorForms.rows("Links", "content-links", email.links(), (link, n) -> new Node[] {
                        EditorForms.cell("Link " + n + " label", "Label", link.label, 160),
                        EditorForms.cell("Link " + n + " URL", "https://…", link.url, 260),
                        EditorForms.check("Followed", "Link " + n + " followed: its clicks are tracked", link.followed)},
                        "Add link", items -> email.addLink()),
                EditorForms.rows("Attachments", "content-attachments", email.attachments(), (file, n) -> new Node[] {
                        EditorForms.cell("Attachment " + n + " file name", "File name", file.fileName, 260),
                        EditorForms.check("Followed", "Attachment " + n + " followed: its views are tracked",
                                file.followed)}, "Add attachment", items -> email.addAttachment()));
    }

    private static Node formFields(FormEditorModel model) {
        return EditorForms.rows("Fields", "content-fields", model.fields(), (field, n) -> {
            ComboBox<FieldType> type = new ComboBox<>();
            type.getItems().setAll(FieldType.values());
            type.valueProperty().bindBidirectional(field.type);
            type.setAccessibleText("Field " + n + " type");
            type.setConverter(new StringConverter<>() {
                @Override
                public String toString(FieldType t) {
                    return t == null ? "" : t.label();
                }

                @Override
                public FieldType fromString(String s) {
                    return null;
                }
            });
            return new Node[] {
                    EditorForms.cell("Field " + n + " name", "Name", field.name, 120),
                    EditorForms.cell("Field " + n + " label", "Label", field.label, 160), type,
                    EditorForms.check("Required", "Field " + n + " required", field.required)};
        }, "Add field", items -> model.addField());
    }
}
