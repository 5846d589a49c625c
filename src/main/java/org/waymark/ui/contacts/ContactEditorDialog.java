package org.waymark.ui.contacts;

import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.waymark.model.audience.FieldProblem;
import org.waymark.model.journey.ConsentLevel;

/**
 * The contact form as a dialog: names, email, phone, job title, city, country, account and business unit, the
 * consent level, and a check box per subscription list. Save writes it all in one transaction and closes; a refused
 * save keeps the dialog open with the problem under the form and the focus on its field.
 */
public final class ContactEditorDialog {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonData.OK_DONE);

    /** Shows the form; the result is the saved contact's id, empty when cancelled. */
    public Optional<Long> show(Window owner, ContactEditorViewModel model) {
        Dialog<Long> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.titleProperty().bind(model.titleProperty());
        dialog.setHeaderText("Names are required; the email, when given, must be a unique email address");
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().setId("contact-editor");

        FormGrid form = new FormGrid();
        TextField first = form.text("_First name", "first_name", "contact-first-name", model.firstNameProperty());
        form.text("_Last name", "last_name", "contact-last-name", model.lastNameProperty());
        form.text("_Email", "email", "contact-email", model.emailProperty());
        form.text("_Phone", "phone", "contact-phone", model.phoneProperty());
        form.text("_Job title", "job_title", "contact-job-title", model.jobTitleProperty());
        form.text("C_ity", "city", "contact-city", model.cityProperty());
        form.text("Co_untry", "country", "contact-country", model.countryProperty());
        form.choice("_Account", "account", "contact-account", model.accounts(), model.accountProperty());
        form.choice("_Business unit", "business_unit", "contact-business-unit", model.businessUnits(),
                model.businessUnitProperty());
        ComboBox<ConsentLevel> consent = new ComboBox<>();
        consent.getItems().setAll(model.consentLevels());
        consent.valueProperty().bindBidirectional(model.consentProperty());
        consent.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConsentLevel level) {
                return level == null ? "" : level.label();
            }

            @Override
            public ConsentLevel fromString(String text) {
                return null;
            }
        });
        consent.setMaxWidth(Double.MAX_VALUE);
        form.add("C_onsent level", "consent", "contact-consent", consent);

        Label listsHeading = new Label("Subscription lists");
        listsHeading.getStyleClass().add("form-heading");
        VBox lists = new VBox(4);
        lists.setId("contact-subscriptions");
        Runnable fillLists = () -> lists.getChildren().setAll(model.subscriptions().stream().map(choice -> {
            CheckBox box = new CheckBox(choice.list().name());
            box.setId("contact-subscription-" + choice.list().id());
            box.setAccessibleText("Subscribed to " + choice.list().name());
            box.selectedProperty().bindBidirectional(choice.subscribedProperty());
            return box;
        }).toList());
        model.subscriptions().addListener((ListChangeListener<SubscriptionChoice>) c -> fillLists.run());
        fillLists.run();
        Label noLists = new Label("The store has no subscription lists.");
        noLists.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.subscriptions()));
        noLists.managedProperty().bind(noLists.visibleProperty());
        form.wide(listsHeading);
        form.wide(noLists);
        form.wide(lists);

        Label problem = new Label();
        problem.setId("contact-editor-problem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemTextBinding());
        model.problems().addListener((ListChangeListener<FieldProblem>) c -> form.markProblems(model::problemOf));

        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.disableProperty().bind(model.canSaveBinding().not());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(id -> {
                dialog.setResult(id);
                dialog.close();
            });
        });
        model.problems().addListener((ListChangeListener<FieldProblem>) c -> {
            Control bad = form.firstWithProblem(model::problemOf);
            if (bad != null && model.loadedProperty().get() && !bad.isFocused() && save.isFocused()) {
                bad.requestFocus();
            }
        });
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setPrefViewportHeight(430);
        VBox content = new VBox(10, scroll, problem);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> null);
        dialog.setOnShown(e -> Platform.runLater(first::requestFocus));
        return dialog.showAndWait();
    }
}
