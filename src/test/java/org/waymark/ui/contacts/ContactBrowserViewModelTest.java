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
import org.waymark.model.audience.ContactSummary;
import org.waymark.store.ContactRepository;
import org.waymark.store.Store;
import org.waymark.ui.TestContacts;

class ContactBrowserViewModelTest {

    @TempDir
    Path dir;
    private Store store;
    private TestContacts contacts;
    private ContactBrowserViewModel model;

    @BeforeEach
    void openStore() {
        store = Store.open(dir);
        contacts = new TestContacts(store);
        Executor now = Runnable::run;
        model = new ContactBrowserViewModel(new ContactRepository(store), now, now);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void findsContactsByNameEmailOrAccount() {
        long acme = contacts.account("Acme Tools");
        contacts.contact("Ada", "Lovelace", "ada@analytical.org", acme, "London", 4);
        contacts.contact("Grace", "Hopper", "grace@navy.mil", null, "Arlington", 2);
        model.searchProperty().set("acme");
        model.search();
        assertThat(model.rows()).extracting(ContactSummary::fullName).containsExactly("Ada Lovelace");
        assertThat(model.countTextBinding().get()).isEqualTo("Showing 1 of 1 contact");
        model.searchProperty().set("navy");
        model.search();
        assertThat(model.rows()).extracting(ContactSummary::fullName).containsExactly("Grace Hopper");
        model.searchProperty().set("nobody");
        model.search();
        assertThat(model.rows()).isEmpty();
        assertThat(model.countTextBinding().get()).isEqualTo("No contact matches “nobody”");
    }

    @Test
    void loadsAPageAtATime() {
        contacts.many(ContactBrowserViewModel.PAGE_SIZE + 5);
        model.loadOnce();
        assertThat(model.rows()).hasSize(ContactBrowserViewModel.PAGE_SIZE);
        assertThat(model.countTextBinding().get()).isEqualTo("Showing 200 of 205 contacts");
        assertThat(model.canShowMoreBinding().get()).isTrue();
        model.showMore();
        assertThat(model.rows()).hasSize(205);
        assertThat(model.canShowMoreBinding().get()).isFalse();
        assertThat(model.rows().get(204).lastName()).isEqualTo("0205");
    }

    @Test
    void dropsTheAnswerToAnOutdatedSearch() {
        contacts.contact("Ada", "Lovelace", "ada@analytical.org", null, "London", 4);
        contacts.contact("Grace", "Hopper", "grace@navy.mil", null, "Arlington", 2);
        List<Runnable> pending = new ArrayList<>();
        ContactBrowserViewModel delayed = new ContactBrowserViewModel(new ContactRepository(store), Runnable::run,
                pending::add);
        delayed.searchProperty().set("ada");
        delayed.search();
        delayed.searchProperty().set("grace");
        delayed.search();
        assertThat(delayed.loadingProperty().get()).isTrue();
        pending.forEach(Runnable::run);
        assertThat(delayed.rows()).extracting(ContactSummary::firstName).containsExactly("Grace");
        assertThat(delayed.loadingProperty().get()).isFalse();
    }
}
