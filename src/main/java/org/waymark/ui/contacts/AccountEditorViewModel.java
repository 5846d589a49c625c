package org.waymark.ui.contacts;

import java.util.List;
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
import org.waymark.model.audience.AccountDetails;
import org.waymark.model.audience.AccountRules;
import org.waymark.model.audience.FieldProblem;
import org.waymark.model.audience.Named;
import org.waymark.store.audience.AccountRecords;

/**
 * The account form: name, industry, city, country, website and business unit, with the account's contacts listed.
 * Loads and saves on {@code background}, applies on {@code ui}; a save is one transaction.
 */
public final class AccountEditorViewModel implements FormModel {

    private final AccountRecords records;
    private final EditorState<AccountDetails> state;
    private final StringProperty title = new SimpleStringProperty("Account");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty industry = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final ObjectProperty<Named> businessUnit = new SimpleObjectProperty<>();
    private final ObservableList<Named> businessUnits = FXCollections.observableArrayList();
    private final ObservableList<Named> contacts = FXCollections.observableArrayList();
    private long id;

    public AccountEditorViewModel(AccountRecords records, Executor background, Executor ui) {
        this.records = records;
        this.state = new EditorState<>(background, ui, this::current, AccountRules::check);
        for (Observable field : List.of(name, industry, city, country, website, businessUnit)) {
            field.addListener(o -> state.changed());
        }
    }

    /** Loads account {@code accountId}, its contacts and the business units. */
    public void open(long accountId) {
        title.set("Edit account");
        state.load(() -> new Opened(records.find(accountId).orElse(null), records.businessUnits(),
                records.contactsOf(accountId)), opened -> {
                    if (opened.account() == null) {
                        title.set("Account not found");
                        state.problems().setAll(new FieldProblem("account", "This account no longer exists"));
                    } else {
                        show(opened.account(), opened.units(), opened.people());
                    }
                });
    }

    /** Starts a new account in the first business unit. */
    public void openNew() {
        title.set("New account");
        state.load(records::businessUnits, units -> show(AccountDetails.blank(units.isEmpty() ? 0
                : units.get(0).id()), units, List.of()));
    }

    private record Opened(AccountDetails account, List<Named> units, List<Named> people) {
    }

    private void show(AccountDetails account, List<Named> units, List<Named> people) {
        id = account.id();
        title.set(id == 0 ? "New account" : "Edit " + account.name());
        businessUnits.setAll(units);
        contacts.setAll(people);
        name.set(account.name());
        industry.set(account.industry());
        city.set(account.city());
        country.set(account.country());
        website.set(account.website());
        businessUnit.set(units.stream().filter(u -> u.id() == account.businessUnitId()).findFirst().orElse(null));
        state.loaded(current());
    }

    /** What the form holds now, stripped as it would be saved. */
    public AccountDetails current() {
        Named unit = businessUnit.get();
        return new AccountDetails(id, name.get(), industry.get(), city.get(), country.get(), website.get(),
                unit == null ? 0 : unit.id()).stripped();
    }

    /** Saves the form in one transaction; {@code saved} gets the account's id. Does nothing unless it can save. */
    @Override
    public void save(LongConsumer saved) {
        state.save(records::save, savedId -> {
            id = savedId;
            title.set("Edit " + current().name());
            saved.accept(savedId);
        });
    }

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

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty industryProperty() {
        return industry;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public ObjectProperty<Named> businessUnitProperty() {
        return businessUnit;
    }

    public ObservableList<Named> businessUnits() {
        return businessUnits;
    }

    /** The account's contacts by last name, as loaded. */
    public ObservableList<Named> contacts() {
        return contacts;
    }
}
