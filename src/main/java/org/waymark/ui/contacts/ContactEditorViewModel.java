package org.waymark.ui.contacts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.audience.ContactDetails;
import org.waymark.model.audience.ContactRules;
import org.waymark.model.audience.FieldProblem;
import org.waymark.model.audience.Named;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.store.audience.ContactRecords;

/**
 * The contact form: a contact's fields, its account and business unit picked by name, its consent level and the
 * subscription lists it is on. Loads and saves on {@code background}, applies on {@code ui}; the save is one
 * transaction in the store, refused (with the field named) when a value breaks the rules or the email is taken.
 */
public final class ContactEditorViewModel implements FormModel {

    /** The account choice for a contact without one. */
    public static final Named NO_ACCOUNT = new Named(0, "(no account)");

    private final ContactRecords records;
    private final EditorState<ContactDetails> state;
    private final StringProperty title = new SimpleStringProperty("Contact");
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty jobTitle = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final ObjectProperty<Named> account = new SimpleObjectProperty<>(NO_ACCOUNT);
    private final ObjectProperty<Named> businessUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentLevel> consent = new SimpleObjectProperty<>(ConsentLevel.NONE);
    private final ObservableList<Named> accounts = FXCollections.observableArrayList();
    private final ObservableList<Named> businessUnits = FXCollections.observableArrayList();
    private final ObservableList<SubscriptionChoice> subscriptions = FXCollections.observableArrayList();
    private long id;

    public ContactEditorViewModel(ContactRecords records, Executor background, Executor ui) {
        this.records = records;
        this.state = new EditorState<>(background, ui, this::current, ContactRules::check);
        for (Observable field : List.of(firstName, lastName, email, phone, jobTitle, city, country, account,
                businessUnit, consent)) {
            field.addListener(o -> state.changed());
        }
    }

    /** Loads contact {@code contactId} and the form's choices. */
    public void open(long contactId) {
        title.set("Edit contact");
        state.load(() -> new Opened(records.find(contactId).orElse(null), choices()), opened -> {
            if (opened.contact() == null) {
                title.set("Contact not found");
                state.problems().setAll(new FieldProblem("contact", "This contact no longer exists"));
            } else {
                show(opened.contact(), opened.choices());
            }
        });
    }

    /** Starts a new contact in the first business unit. */
    public void openNew() {
        title.set("New contact");
        state.load(this::choices, choices -> show(ContactDetails.blank(choices.units.isEmpty() ? 0
                : choices.units.get(0).id()), choices));
    }

    private record Opened(ContactDetails contact, Choices choices) {
    }

    private record Choices(List<Named> units, List<Named> accounts, List<Named> lists) {
    }

    private Choices choices() {
        return new Choices(records.businessUnits(), records.accounts(), records.subscriptionLists());
    }

    private void show(ContactDetails contact, Choices choices) {
        id = contact.id();
        title.set(id == 0 ? "New contact" : "Edit " + contact.fullName());
        businessUnits.setAll(choices.units);
        accounts.setAll(NO_ACCOUNT);
        accounts.addAll(choices.accounts);
        subscriptions.setAll(choices.lists.stream()
                .map(list -> new SubscriptionChoice(list, contact.subscriptions().contains(list.id()))).toList());
        subscriptions.forEach(s -> s.subscribedProperty().addListener(o -> state.changed()));
        firstName.set(contact.firstName());
        lastName.set(contact.lastName());
        email.set(contact.email());
        phone.set(contact.phone());
        jobTitle.set(contact.jobTitle());
        city.set(contact.city());
        country.set(contact.country());
        account.set(accounts.stream().filter(a -> a.id() == contact.accountId()).findFirst().orElse(NO_ACCOUNT));
        businessUnit.set(businessUnits.stream().filter(u -> u.id() == contact.businessUnitId()).findFirst()
                .orElse(null));
        consent.set(contact.consent());
        state.loaded(current());
    }

    /** What the form holds now, stripped as it would be saved. */
    public ContactDetails current() {
        Set<Long> lists = new HashSet<>();
        subscriptions.stream().filter(s -> s.subscribedProperty().get()).forEach(s -> lists.add(s.list().id()));
        Named unit = businessUnit.get();
        Named company = account.get();
        return new ContactDetails(id, firstName.get(), lastName.get(), email.get(), phone.get(), jobTitle.get(),
                city.get(), country.get(), company == null ? 0 : company.id(), unit == null ? 0 : unit.id(),
                consent.get(), lists).stripped();
    }

    /** Saves the form in one transaction; {@code saved} gets the contact's id. Does nothing unless it can save. */
    @Override
    public void save(LongConsumer saved) {
        state.save(records::save, savedId -> {
            id = savedId;
            title.set("Edit " + current().fullName());
            saved.accept(savedId);
        });
    }

    /** The message about {@code field} ("email", "first_name", "business_unit"…), or null. */
    @Override
    public String problemOf(String field) {
        return state.problemOf(field);
    }

    @Override
    public ObservableList<FieldProblem> problems() {
        return state.problems();
    }

    @Override
    public StringBinding problemTextBinding() {
        return state.problemTextBinding();
    }

    @Override
    public BooleanBinding canSaveBinding() {
        return state.canSaveBinding();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return state.dirtyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return state.loadedProperty();
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty jobTitleProperty() {
        return jobTitle;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObjectProperty<Named> accountProperty() {
        return account;
    }

    public ObjectProperty<Named> businessUnitProperty() {
        return businessUnit;
    }

    public ObjectProperty<ConsentLevel> consentProperty() {
        return consent;
    }

    /** {@link #NO_ACCOUNT} first, then the accounts by name. */
    public ObservableList<Named> accounts() {
        return accounts;
    }

    public ObservableList<Named> businessUnits() {
        return businessUnits;
    }

    public List<ConsentLevel> consentLevels() {
        return List.of(ConsentLevel.values());
    }

    public ObservableList<SubscriptionChoice> subscriptions() {
        return subscriptions;
    }
}
