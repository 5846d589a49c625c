package org.waymark.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.audience.ContactDetails;
import org.waymark.model.audience.Named;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.store.Store;
import org.waymark.store.audience.ContactRecords;

class ContactEditorViewModelTest {

    @TempDir
    Path dir;
    private Store store;
    private ContactRecords records;
    private ContactEditorViewModel model;
    private final List<Long> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Store.open(dir);
        store.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'Head office'), (2, 'Nordics')");
        store.dsl().execute("INSERT INTO account (id, name, business_unit_id) VALUES (1, 'Harbor Foods', 1)");
        store.dsl().execute("INSERT INTO segment (id, name, kind) VALUES (1, 'Newsletter', 'SUBSCRIPTION_LIST'), "
                + "(2, 'Events', 'SUBSCRIPTION_LIST')");
        store.dsl().execute("INSERT INTO contact (id, first_name, last_name, email, city, account_id, "
                + "business_unit_id, consent_rank) VALUES (1, 'Ana', 'Silva', 'ana@harbor.example', 'Lisbon', 1, 2, 4),"
                + " (2, 'Ben', 'Okafor', 'ben@harbor.example', NULL, NULL, 1, 0)");
        store.dsl().execute("INSERT INTO segment_member (segment_id, contact_id) VALUES (1, 1)");
        store.dsl().execute("ALTER TABLE contact ALTER COLUMN id RESTART WITH 100");
        records = new ContactRecords(store);
        Executor now = Runnable::run;
        model = new ContactEditorViewModel(records, now, now);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SubscriptionChoice list(String name) {
        return model.subscriptions().stream().filter(s -> s.list().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void showsTheContactCleanAndBecomesDirtyOnlyWhileItDiffers() {
        model.open(1);
        assertThat(model.titleProperty().get()).isEqualTo("Edit Ana Silva");
        assertThat(model.cityProperty().get()).isEqualTo("Lisbon");
        assertThat(model.accountProperty().get()).isEqualTo(new Named(1, "Harbor Foods"));
        assertThat(model.businessUnitProperty().get()).isEqualTo(new Named(2, "Nordics"));
        assertThat(model.consentProperty().get()).isEqualTo(ConsentLevel.MARKETING);
        assertThat(model.accounts()).first().isEqualTo(ContactEditorViewModel.NO_ACCOUNT);
        assertThat(model.subscriptions()).extracting(s -> s.list().name()).containsExactly("Events", "Newsletter");
        assertThat(list("Newsletter").subscribedProperty().get()).isTrue();
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.canSaveBinding().get()).as("nothing to save").isFalse();

        model.cityProperty().set("Porto");
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.canSaveBinding().get()).isTrue();
        model.cityProperty().set("Lisbon ");
        assertThat(model.dirtyProperty().get()).as("back as it was, spaces aside").isFalse();
    }

    @Test
    void namesEveryBadFieldAndRefusesToSave() {
        model.open(1);
        model.firstNameProperty().set("  ");
        model.emailProperty().set("ana at harbor");
        model.phoneProperty().set("1".repeat(51));
        assertThat(model.problemTextBinding().get()).isEqualTo("""
                First name is empty; every contact needs one
                Email "ana at harbor" is not an email address
                Phone is 51 characters long; at most 50 fit""");
        assertThat(model.problemOf("email")).startsWith("Email");
        assertThat(model.problemOf("city")).isNull();
        assertThat(model.canSaveBinding().get()).isFalse();
        model.save(saved::add);
        assertThat(saved).isEmpty();
    }

    @Test
    void aTakenEmailIsRefusedByTheStoreAndNamedUntilTheFieldChanges() {
        model.open(2);
        model.emailProperty().set("ANA@harbor.example");
        model.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(model.problemOf("email")).isEqualTo("Email ANA@harbor.example is already the email of Ana Silva");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.emailProperty().set("ben.okafor@harbor.example");
        assertThat(model.problems()).isEmpty();
        model.save(saved::add);
        assertThat(saved).containsExactly(2L);
        assertThat(model.dirtyProperty().get()).as("saved").isFalse();
    }

    @Test
    void consentAndSubscriptionTogglesAreSavedWithTheContact() {
        model.open(1);
        model.consentProperty().set(ConsentLevel.SUBSCRIPTIONS);
        list("Newsletter").subscribedProperty().set(false);
        list("Events").subscribedProperty().set(true);
        assertThat(model.dirtyProperty().get()).isTrue();
        list("Events").subscribedProperty().set(false);
        list("Newsletter").subscribedProperty().set(true);
        model.consentProperty().set(ConsentLevel.MARKETING);
        assertThat(model.dirtyProperty().get()).as("every toggle taken back").isFalse();

        model.consentProperty().set(ConsentLevel.SUBSCRIPTIONS);
        list("Events").subscribedProperty().set(true);
        model.accountProperty().set(ContactEditorViewModel.NO_ACCOUNT);
        model.save(saved::add);
        ContactDetails back = records.find(1).orElseThrow();
        assertThat(back.consent()).isEqualTo(ConsentLevel.SUBSCRIPTIONS);
        assertThat(back.subscriptions()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(back.accountId()).isZero();
        assertThat(model.consentLevels()).hasSize(6).first().isEqualTo(ConsentLevel.NONE);
    }

    @Test
    void aNewContactStartsInTheFirstUnitAndIsAddedOnSave() {
        model.openNew();
        assertThat(model.titleProperty().get()).isEqualTo("New contact");
        assertThat(model.businessUnitProperty().get().name()).isEqualTo("Head office");
        assertThat(model.problemOf("first_name")).isEqualTo("First name is empty; every contact needs one");
        model.firstNameProperty().set("Chen");
        model.lastNameProperty().set("Wei");
        list("Events").subscribedProperty().set(true);
        model.save(saved::add);
        assertThat(saved).hasSize(1);
        assertThat(records.find(saved.get(0)).orElseThrow().subscriptions()).containsExactly(2L);
        assertThat(model.titleProperty().get()).isEqualTo("Edit Chen Wei");
    }

    @Test
    void aContactDeletedMeanwhileSaysSo() {
        model.open(42);
        assertThat(model.problemTextBinding().get()).isEqualTo("This contact no longer exists");
        assertThat(model.canSaveBinding().get()).isFalse();
    }
}
