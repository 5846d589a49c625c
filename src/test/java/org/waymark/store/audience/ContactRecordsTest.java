package org.waymark.store.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.audience.ContactDetails;
import org.waymark.model.audience.FieldProblem;
import org.waymark.model.audience.InvalidAudienceException;
import org.waymark.model.audience.Named;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.store.Store;

class ContactRecordsTest {

    @TempDir
    Path dir;
    private Store store;
    private ContactRecords records;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        store.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'Head office'), (2, 'Nordics')");
        store.dsl().execute("INSERT INTO account (id, name, business_unit_id) VALUES (1, 'Harbor Foods', 1)");
        store.dsl().execute("INSERT INTO segment (id, name, kind) VALUES (1, 'Newsletter', 'SUBSCRIPTION_LIST'), "
                + "(2, 'Events', 'SUBSCRIPTION_LIST'), (3, 'Big spenders', 'STATIC')");
        store.dsl().execute("INSERT INTO contact (id, first_name, last_name, email, city, business_unit_id, "
                + "consent_rank) VALUES (1, 'Ana', 'Silva', 'Ana@Harbor.example', 'Lisbon', 2, 4)");
        store.dsl().execute("INSERT INTO segment_member (segment_id, contact_id) VALUES (1, 1), (3, 1)");
        store.dsl().execute("ALTER TABLE contact ALTER COLUMN id RESTART WITH 100");
        records = new ContactRecords(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ContactDetails ana() {
        return records.find(1).orElseThrow();
    }

    private ContactDetails with(ContactDetails c, String email, String city, Set<Long> lists) {
        return new ContactDetails(c.id(), c.firstName(), c.lastName(), email, c.phone(), c.jobTitle(), city,
                c.country(), c.accountId(), c.businessUnitId(), c.consent(), lists);
    }

    private int members(long segment) {
        return store.dsl().fetchCount(store.dsl().selectFrom("segment_member").where("segment_id = " + segment));
    }

    @Test
    void readsAContactWithItsSubscriptionListsOnly() {
        ContactDetails ana = ana();
        assertThat(ana.fullName()).isEqualTo("Ana Silva");
        assertThat(ana.email()).isEqualTo("Ana@Harbor.example");
        assertThat(ana.phone()).as("an empty column reads as empty text").isEmpty();
        assertThat(ana.consent()).isEqualTo(ConsentLevel.MARKETING);
        assertThat(ana.subscriptions()).as("a static segment is no subscription").containsExactly(1L);
        assertThat(records.subscriptionLists()).extracting(Named::name).containsExactly("Events", "Newsletter");
        assertThat(records.businessUnits()).extracting(Named::name).containsExactly("Head office", "Nordics");
        assertThat(records.accounts()).extracting(Named::name).containsExactly("Harbor Foods");
        assertThat(records.find(99)).isEmpty();
    }

    @Test
    void savesFieldsConsentAndSubscriptionsAndReadsThemBack() {
        ContactDetails ana = ana();
        ContactDetails edited = new ContactDetails(1, " Ana ", "Silva", "ana@harbor.example", "+351 21 000",
                "Buyer", "Porto", "Portugal", 1, 1, ConsentLevel.PROFILING, Set.of(2L));
        assertThat(records.save(edited)).isEqualTo(1);
        ContactDetails back = ana();
        assertThat(back).isEqualTo(edited.stripped());
        assertThat(members(1)).as("unsubscribed").isZero();
        assertThat(members(2)).as("subscribed").isEqualTo(1);
        assertThat(members(3)).as("a static segment is left alone").isEqualTo(1);

        long ben = records.save(new ContactDetails(0, "Ben", "Okafor", "", "", "", "", "", 0, 2,
                ConsentLevel.NONE, Set.of(1L, 2L)));
        ContactDetails added = records.find(ben).orElseThrow();
        assertThat(added.fullName()).isEqualTo("Ben Okafor");
        assertThat(added.subscriptions()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(store.dsl().fetchValue("SELECT email FROM contact WHERE id = " + ben)).as("empty is NULL")
                .isNull();
        assertThat(ana.id()).isEqualTo(1);
    }

    @Test
    void refusesAnEmailAnotherContactHasInAnyCaseAndWritesNothing() {
        long ben = records.save(new ContactDetails(0, "Ben", "Okafor", "ben@harbor.example", "", "", "", "", 0, 1,
                ConsentLevel.NONE, Set.of()));
        ContactDetails benAsAna = with(records.find(ben).orElseThrow(), "ANA@harbor.EXAMPLE", "Lagos",
                Set.of(1L, 2L));
        assertThatThrownBy(() -> records.save(benAsAna)).isInstanceOf(InvalidAudienceException.class)
                .satisfies(e -> assertThat(((InvalidAudienceException) e).problems()).containsExactly(
                        new FieldProblem("email", "Email ANA@harbor.EXAMPLE is already the email of Ana Silva")));
        ContactDetails unchanged = records.find(ben).orElseThrow();
        assertThat(unchanged.city()).isEmpty();
        assertThat(unchanged.subscriptions()).isEmpty();
        assertThat(records.save(with(ana(), "ANA@HARBOR.EXAMPLE", "Lisbon", Set.of(1L))))
                .as("a contact keeps its own email in another case").isEqualTo(1);
    }

    @Test
    void aRefusalHalfWayThroughLeavesNothingWritten() {
        ContactDetails bad = with(ana(), "ana@harbor.example", "Faro", Set.of(1L, 3L));
        assertThatThrownBy(() -> records.save(bad)).isInstanceOf(InvalidAudienceException.class)
                .hasMessageContaining("Subscriptions");
        store.dsl().execute("CREATE TRIGGER fail_members BEFORE INSERT ON segment_member FOR EACH ROW CALL "
                + "'org.waymark.store.audience.FailingTrigger'");
        ContactDetails subscribing = with(ana(), "ana@harbor.example", "Faro", Set.of(1L, 2L));
        assertThatThrownBy(() -> records.save(subscribing)).isInstanceOf(RuntimeException.class);
        assertThat(ana().city()).as("the contact row rolled back with the failed membership").isEqualTo("Lisbon");
        assertThat(ana().subscriptions()).containsExactly(1L);
    }

    @Test
    void refusesBadFieldsNamingEachField() {
        ContactDetails bad = new ContactDetails(1, " ", "x".repeat(101), "not an email", "", "", "", "", 0, 0,
                ConsentLevel.NONE, Set.of());
        assertThatThrownBy(() -> records.save(bad)).isInstanceOf(InvalidAudienceException.class)
                .satisfies(e -> assertThat(((InvalidAudienceException) e).problems()).extracting(FieldProblem::message)
                        .containsExactly("First name is empty; every contact needs one",
                                "Last name is 101 characters long; at most 100 fit",
                                "Email \"not an email\" is not an email address",
                                "Business unit is not chosen; every contact needs one"));
        assertThat(ana().lastName()).isEqualTo("Silva");
    }

    @Test
    void keepsQuotesSqlAndNonLatinTextVerbatim() {
        String name = "O'Brien\"; DROP TABLE contact; --";
        String city = "Zürich 東京 القاهرة %_\\";
        ContactDetails odd = new ContactDetails(0, "Łukasz", name, "o'brien@example.com", "", "", city, "Ελλάδα",
                0, 1, ConsentLevel.NONE, Set.of());
        long id = records.save(odd);
        ContactDetails back = records.find(id).orElseThrow();
        assertThat(back.lastName()).isEqualTo(name);
        assertThat(back.city()).isEqualTo(city);
        assertThat(back.country()).isEqualTo("Ελλάδα");
        assertThat(back.email()).isEqualTo("o'brien@example.com");
        assertThat(store.dsl().fetchCount(store.dsl().selectFrom("contact"))).isEqualTo(2);
    }
}
