package org.waymark.ui.contacts;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.waymark.model.audience.Named;
import org.waymark.ui.appearance.StyleClass;

/** The account form: name, industry, city, country, website and business unit, and the account's contacts. */
public final class AccountEditorDialog {

    /** Shows the form; the result is the saved account's id, empty when cancelled. */
    public Optional<Long> show(Window owner, AccountEditorViewModel model) {
        FormGrid form = new FormGrid();
        TextField name = form.text("_Name", "name", "account-name", model.nameProperty());
        form.text("_Industry", "industry", "account-industry", model.industryProperty());
        form.text("C_ity", "city", "account-city", model.cityProperty());
        form.text("Co_untry", "country", "account-country", model.countryProperty());
        form.text("_Website", "website", "account-website", model.websiteProperty());
        form.choice("_Business unit", "business_unit", "account-business-unit", model.businessUnits(),
                model.businessUnitProperty());
        Label heading = new Label();
        heading.getStyleClass().add(StyleClass.FORM_HEADING);
        heading.textProperty().bind(Bindings.size(model.contacts()).asString("Contacts (%d)"));
        ListView<Named> people = new ListView<>(model.contacts());
        people.setId("account-contacts");
        people.setAccessibleText("Contacts of this account");
        people.setPlaceholder(new Label("No contact belongs to this account yet."));
        people.setPrefHeight(150);
        heading.setLabelFor(people);
        form.wide(heading);
        form.wide(people);
        return FormDialog.show(owner, model, "account-editor", "Every account needs a name and a business unit",
                form, name);
    }
}
