package org.waymark.ui.timeline;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.waymark.model.timeline.ContactScope;
import org.waymark.store.timeline.TimelineRepository.ContactChoice;

/** An entry of an account timeline's contact filter: all contacts, one of them, or what is mapped to no contact. */
record ContactScopeChoice(String label, ContactScope scope) {

    static final String NOT_MAPPED = "Activities not mapped to a contact";

    /** "All contacts", the account's contacts by name, then {@link #NOT_MAPPED}; follows the view model's list. */
    static ObservableList<ContactScopeChoice> listFor(TimelineViewModel model) {
        ObservableList<ContactScopeChoice> choices = FXCollections.observableArrayList();
        Runnable fill = () -> {
            choices.clear();
            choices.add(new ContactScopeChoice("All contacts", ContactScope.all()));
            for (ContactChoice person : model.contacts()) {
                choices.add(new ContactScopeChoice(person.name(), ContactScope.contact(person.id())));
            }
            choices.add(new ContactScopeChoice(NOT_MAPPED, ContactScope.notMapped()));
        };
        fill.run();
        model.contacts().addListener((ListChangeListener<ContactChoice>) change -> fill.run());
        return choices;
    }

    @Override
    public String toString() {
        return label;
    }
}
