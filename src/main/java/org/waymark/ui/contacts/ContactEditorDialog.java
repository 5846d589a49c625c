package org.waymark.ui.contacts;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.ui.appearance.StyleClass;

/**
 * The contact form: names, email, phone, job title, city, country, account and business unit, the consent level,
 * and a check box per subscription list; Save writes it all in one transaction.
 */
public final class ContactEditorDialog {

    /** Shows the form; the result is the saved contact's id, empty when cancelled. */
    public Optional<Long> show(Window owner, ContactEditorViewModel model) {
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
        listsHeading.getStyleClass().add(StyleClass.FORM_HEADING);
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
        noLists.visibleProperty().bind(Bindings.isEmpty(model.subscriptions()));
        noLists.managedProperty().bind(noLists.visibleProperty());
        form.wide(listsHeading);
        form.wide(noLists);
        form.wide(lists);
        return FormDialog.show(owner, model, "contact-editor",
                "Names are required; the email, when given, must be a unique email address", form, first);
    }
}
