package org.waymark.ui.templates;

import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.waymark.model.journey.Journey;
import org.waymark.model.template.JourneyTemplate;
import org.waymark.model.tile.TileType;
import org.waymark.ui.appearance.StyleClass;

/**
 * File ▸ New: a dialog to start a journey from a template or from scratch. The search field has the focus
 * when it opens; Up and Down move through the templates from there, Enter (anywhere) or a double click
 * creates the journey, Escape cancels. Categories, templates and the name field are reached with Tab.
 */
public final class TemplateGallery {

    public static final ButtonType CREATE = new ButtonType("Create", ButtonData.OK_DONE);

    private final TemplateGalleryViewModel model;
    private final Function<TileType, Node> icons;

    /** {@code icons} draws the icon of a tile type, e.g. {@code new TileIcons()::icon}. */
    public TemplateGallery(TemplateGalleryViewModel model, Function<TileType, Node> icons) {
        this.model = model;
        this.icons = icons;
    }

    /** Shows the gallery over {@code owner} (may be null) and waits; the new draft journey, or empty when cancelled. */
    public Optional<Journey> choose(Window owner) {
        return dialog(owner).showAndWait();
    }

    /** The dialog, not shown yet; for callers that show it themselves. */
    public Dialog<Journey> dialog(Window owner) {
        model.reset();
        Dialog<Journey> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("New journey");
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().addAll(stylesheet("waymark.css"), stylesheet("templates.css"));
        dialog.getDialogPane().getStyleClass().add(StyleClass.TEMPLATE_GALLERY);
        dialog.getDialogPane().getButtonTypes().addAll(CREATE, ButtonType.CANCEL);

        TextField search = new TextField();
        search.setId("template-search");
        search.setPromptText("Search templates");
        search.setAccessibleText("Search templates");
        search.textProperty().bindBidirectional(model.queryProperty());

        ListView<String> categoryList = new ListView<>(model.categories());
        categoryList.setId("template-categories");
        categoryList.setAccessibleText("Template categories");
        categoryList.getStyleClass().add(StyleClass.TEMPLATE_CATEGORIES);
        categoryList.getSelectionModel().select(model.categoryProperty().get());
        categoryList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.categoryProperty().set(now);
            }
        });

        ListView<JourneyTemplate> templates = new ListView<>(model.shown());
        templates.setId("template-list");
        templates.setAccessibleText("Templates");
        templates.getStyleClass().add(StyleClass.TEMPLATE_LIST);
        templates.setCellFactory(list -> new TemplateCardCell(model, icons));
        Label empty = new Label();
        empty.textProperty().bind(model.resultTextProperty());
        templates.setPlaceholder(empty);
        syncSelection(templates);

        Label nameLabel = new Label("_Name");
        nameLabel.setMnemonicParsing(true);
        TextField name = new TextField();
        name.setId("template-journey-name");
        name.setAccessibleText("Name of the new journey");
        name.textProperty().bindBidirectional(model.nameProperty());
        nameLabel.setLabelFor(name);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add(StyleClass.TEMPLATE_RESULT);
        count.textProperty().bind(model.resultTextProperty());
        count.setAccessibleRole(AccessibleRole.TEXT);
        HBox nameRow = new HBox(8, nameLabel, name, count);
        nameRow.setAlignment(Pos.CENTER_LEFT);

        Rectangle2D screen = (owner == null ? Screen.getPrimary() : Screen.getScreensForRectangle(owner.getX(),
                owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(Screen.getPrimary())).getVisualBounds();
        BorderPane content = new SizedContent(() -> search.getFont().getSize(), Math.max(400, screen.getWidth() - 80),
                Math.max(300, screen.getHeight() - 160));
        content.getStyleClass().add(StyleClass.Hooks.TEMPLATE_GALLERY_CONTENT);
        Label heading = new Label("Start from a template");
        heading.getStyleClass().add(StyleClass.TEMPLATE_HEADING);
        VBox top = new VBox(8, heading, search);
        top.setPadding(new Insets(0, 0, 10, 0));
        content.setTop(top);
        content.setLeft(categoryList);
        BorderPane.setMargin(categoryList, new Insets(0, 10, 0, 0));
        content.setCenter(templates);
        content.setBottom(nameRow);
        BorderPane.setMargin(nameRow, new Insets(10, 0, 0, 0));
        dialog.getDialogPane().setContent(content);

        Button create = (Button) dialog.getDialogPane().lookupButton(CREATE);
        create.setId("template-create");
        create.disableProperty().bind(model.canCreate().not());
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                model.moveSelection(e.getCode() == KeyCode.DOWN ? 1 : -1);
                templates.scrollTo(model.selectedProperty().get());
                e.consume();
            }
        });
        templates.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && model.canCreate().get()) {
                create.fire();
            }
        });
        dialog.setResultConverter(button -> button == CREATE && model.canCreate().get() ? model.create() : null);
        dialog.setOnShown(e -> Platform.runLater(() -> {
            search.requestFocus();
            search.end();
        }));
        return dialog;
    }

    /** Keeps the list's selection and the model's chosen template the same. */
    private void syncSelection(ListView<JourneyTemplate> templates) {
        templates.getSelectionModel().select(model.selectedProperty().get());
        templates.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(templates.getSelectionModel().getSelectedItem(), now)) {
                templates.getSelectionModel().select(now);
            }
        });
        model.shown().addListener((javafx.collections.ListChangeListener<JourneyTemplate>) change -> {
            JourneyTemplate now = model.selectedProperty().get();
            if (now != null) {
                templates.getSelectionModel().select(now);
                templates.scrollTo(now);
            }
        });
    }

    /**
     * The gallery's content: 60 × 40 em (780 × 520 pixels at 100 %), so that it grows with the UI scale, but never
     * larger than the screen it opens on.
     */
    private static final class SizedContent extends BorderPane {
        private final DoubleSupplier em;
        private final double roomWidth;
        private final double roomHeight;

        SizedContent(DoubleSupplier em, double roomWidth, double roomHeight) {
            this.em = em;
            this.roomWidth = roomWidth;
            this.roomHeight = roomHeight;
        }

        @Override
        protected double computePrefWidth(double height) {
            return Math.min(60 * em.getAsDouble(), roomWidth);
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.min(40 * em.getAsDouble(), roomHeight);
        }
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(TemplateGallery.class.getResource("/org/waymark/ui/" + name),
                "missing stylesheet " + name).toExternalForm();
    }
}
