package org.waymark.ui.segments;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.ui.window.ButtonRow;
import org.waymark.model.audience.ContactSummary;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.tables.TableColumns;

/**
 * A static segment's or subscription list's members, with Remove (or Delete), and a search of the other contacts to
 * add the chosen ones (or Enter) or every match. Logic lives in {@link SegmentMembersViewModel}.
 */
final class SegmentMembersView extends VBox {

    private final TextField find = new TextField();

    SegmentMembersView(SegmentMembersViewModel model) {
        setId("segment-members");
        Label title = new Label();
        title.getStyleClass().add(StyleClass.SECTION_TITLE);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.segment().get() == null
                ? "" : model.segment().get().name() + " (" + model.segment().get().kind().noun() + ")", model.segment()));
        TextField memberSearch = field("member-search", "Search the members by name or email", model.memberSearch());
        TableView<ContactSummary> members = table("segment-member-table", "Members", model.members());
        Label summary = new Label();
        summary.setId("segment-member-summary");
        summary.textProperty().bind(model.summary());
        Button remove = new Button("_Remove from segment");
        remove.setId("segment-remove-members");
        remove.setOnAction(e -> model.remove(java.util.List.copyOf(members.getSelectionModel().getSelectedItems())));
        members.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.remove(java.util.List.copyOf(members.getSelectionModel().getSelectedItems()));
                e.consume();
            }
        });

        find.setId("segment-candidate-search");
        find.setPromptText("Find contacts to add by name or email");
        find.setAccessibleText("Find contacts to add by name or email");
        find.textProperty().bindBidirectional(model.candidateSearch());
        TableView<ContactSummary> candidates = table("segment-candidates", "Contacts found", model.candidates());
        Button add = new Button("_Add chosen");
        add.setId("segment-add-members");
        add.setOnAction(e -> model.add(java.util.List.copyOf(candidates.getSelectionModel().getSelectedItems())));
        candidates.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.add(java.util.List.copyOf(candidates.getSelectionModel().getSelectedItems()));
                e.consume();
            }
        });
        Button addAll = new Button("Add _every match");
        addAll.setId("segment-add-all");
        addAll.setOnAction(e -> model.addAllMatching());
        Label message = new Label();
        message.setId("segment-members-message");
        message.textProperty().bind(model.message());
        WrappedText.wrap(message);

        setSpacing(8);
        setPadding(new Insets(12));
        VBox.setVgrow(members, Priority.ALWAYS);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        getChildren().addAll(title, memberSearch, members, new ButtonRow(remove, summary),
                new Label("Add contacts"), find, candidates, new ButtonRow(add, addAll), message);
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static TableView<ContactSummary> table(String id, String name,
                                                   javafx.collections.ObservableList<ContactSummary> rows) {
        TableView<ContactSummary> table = new TableView<>(rows);
        table.getStyleClass().add(StyleClass.SEGMENT_MEMBERS_TABLE); // a few rows at any scale: the view scrolls
        table.setId(id);
        table.setAccessibleText(name);
        table.setPlaceholder(new Label(name.equals("Members") ? "No members." : "Type a search to find contacts."));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        org.waymark.ui.tables.FittedColumns.install(table);
        table.getColumns().add(TableColumns.text("Name", ContactSummary::fullName, 170));
        table.getColumns().add(TableColumns.text("Email", ContactSummary::email, 220));
        table.getColumns().add(TableColumns.text("City", ContactSummary::city, 110));
        table.getColumns().add(TableColumns.text("Account", ContactSummary::account, 150));
        table.setPrefHeight(180);
        return table;
    }

    void focusSearch() {
        find.requestFocus();
    }
}
