package org.waymark.ui.segments;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.ui.window.ButtonRow;
import org.waymark.model.audience.ContactSummary;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.tables.TableColumns;

/**
 * A dynamic segment in the query builder: name and description, the nested groups of conditions, the live member
 * count with what is incomplete, Save, and the first members. Logic lives in {@link SegmentBuilderViewModel}.
 */
final class SegmentBuilderView extends VBox {

    private final SegmentBuilderViewModel model;
    private final TextField name = new TextField();
    private final VBox query = new VBox();
    private RuleGroupView root;

    SegmentBuilderView(SegmentBuilderViewModel model) {
        this.model = model;
        setId("segment-builder");
        org.waymark.ui.edit.SaveKey.install(this, model::save);
        name.setId("segment-name");
        name.textProperty().bindBidirectional(model.name());
        TextField description = new TextField();
        description.setId("segment-description");
        description.textProperty().bindBidirectional(model.description());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, labelFor("_Name", name), name);
        form.addRow(1, labelFor("_Description", description), description);
        GridPane.setHgrow(name, Priority.ALWAYS);

        Label count = new Label();
        count.setId("segment-count");
        count.getStyleClass().add(StyleClass.SEGMENT_COUNT);
        org.waymark.ui.window.WrappedText.wrap(count);
        count.textProperty().bind(model.count());
        count.accessibleTextProperty().bind(model.count());
        Label problems = new Label();
        problems.setId("segment-problems");
        org.waymark.ui.window.WrappedText.wrap(problems);
        problems.getStyleClass().add(StyleClass.PROBLEM_TEXT);
        model.problems().addListener((ListChangeListener<String>) c -> problems.setText(String.join("\n",
                model.problems())));
        Button save = new Button("_Save segment");
        save.setId("segment-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("segment-message");
        WrappedText.wrap(message);
        message.textProperty().bind(model.message());
        ButtonRow actions = new ButtonRow(save);
        message.setMaxWidth(Double.MAX_VALUE);

        ScrollPane queryScroll = new ScrollPane(query);
        queryScroll.setFitToWidth(true);
        queryScroll.setPrefViewportHeight(220);
        queryScroll.getStyleClass().add(StyleClass.SEGMENT_CONDITIONS); // a few conditions at any scale
        queryScroll.setAccessibleText("Conditions");
        VBox.setVgrow(queryScroll, Priority.ALWAYS);

        TableView<ContactSummary> preview = new TableView<>(model.preview());
        preview.setId("segment-preview");
        preview.setAccessibleText("First members of the segment");
        preview.setPlaceholder(new Label("No contact matches."));
        org.waymark.ui.tables.FittedColumns.install(preview);
        preview.getColumns().add(TableColumns.text("Name", ContactSummary::fullName, 160));
        preview.getColumns().add(TableColumns.text("Email", ContactSummary::email, 200));
        preview.getColumns().add(TableColumns.text("City", ContactSummary::city, 110));
        preview.getColumns().add(TableColumns.text("Account", ContactSummary::account, 150));
        preview.getColumns().add(TableColumns.text("Consent", c -> c.consent().label(), 130));
        preview.getStyleClass().add(StyleClass.SEGMENT_PREVIEW_TABLE); // a few rows at any scale
        Label previewTitle = new Label("First " + SegmentBuilderViewModel.PREVIEW + " members");
        previewTitle.getStyleClass().add(StyleClass.SECTION_TITLE);

        setSpacing(8);
        setPadding(new Insets(12));
        getChildren().addAll(form, new Label("Members are contacts who match"), queryScroll, count, problems,
                actions, message, previewTitle, preview);
        showRoot();
    }

    private static Label labelFor(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        field.setAccessibleText(text.replace("_", "") + " of the segment");
        return label;
    }

    /** Draws the builder again for the segment the model now shows. */
    void showRoot() {
        root = new RuleGroupView(model.root(), "Segment", null);
        query.getChildren().setAll(root);
    }

    void focusName() {
        name.requestFocus();
    }

    void focusConditions() {
        root.focusFirst();
    }
}
