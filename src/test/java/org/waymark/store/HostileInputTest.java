package org.waymark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.activity.ActivityRelationship;
import org.waymark.model.activity.ActivityType;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.audience.DuplicatePolicy;
import org.waymark.model.source.CsvOptions;
import org.waymark.model.source.SourceFileException;
import org.waymark.model.timeline.TimelineFilter;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.store.activity.ActivityRepository;
import org.waymark.store.audience.ContactImporter;
import org.waymark.store.source.DataSourceImporter;
import org.waymark.store.source.ImportProgress;
import org.waymark.store.source.SourceImport;
import org.waymark.store.timeline.TimelineRepository;

/**
 * Text from users (names, values, searches) with quotes, SQL, LIKE wildcards, non-Latin scripts and great length is
 * stored and read back verbatim and never changes what a query means; too long a value is refused with its row and
 * column, never cut.
 */
class HostileInputTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T12:00:00Z"), ZoneOffset.UTC);
    private static final List<String> HOSTILE = List.of("Robert'); DROP TABLE contact;--", "\" OR \"1\"=\"1",
            "100% _sure_ \\", "名前テスト", "Ωμέγα Ünïcödé", "العربية", "O'Brien");

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        store.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'Head office')");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void contactNamesComeBackVerbatimAndSearchesMatchOnlyLiterally() throws Exception {
        StringBuilder csv = new StringBuilder("email,first_name,last_name,city\n");
        for (int i = 0; i < HOSTILE.size(); i++) {
            csv.append("p").append(i).append("@x.example,\"").append(HOSTILE.get(i).replace("\"", "\"\""))
                    .append("\",Last").append(i).append(",\"").append(HOSTILE.get(i).replace("\"", "\"\""))
                    .append("\"\n");
        }
        Path file = dir.resolve("people.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        new ContactImporter(store).importFile(file, CsvOptions.DETECT, DuplicatePolicy.SKIP);
        ContactRepository contacts = new ContactRepository(store);
        assertThat(contacts.count("")).isEqualTo(HOSTILE.size());
        for (String text : HOSTILE) {
            List<ContactSummary> found = contacts.search(text, 0, 50);
            assertThat(found).as(text).extracting(ContactSummary::firstName).contains(text);
            assertThat(found).as(text).allSatisfy(c -> assertThat(c.firstName() + c.email() + c.account())
                    .containsIgnoringCase(text));
            assertThat(found).extracting(ContactSummary::city).contains(text);
        }
        assertThat(contacts.search("%", 0, 50)).extracting(ContactSummary::firstName).containsExactly("100% _sure_ \\");
        assertThat(contacts.search("_", 0, 50)).extracting(ContactSummary::firstName).containsExactly("100% _sure_ \\");
        assertThat(store.dsl().fetchCount(store.dsl().selectFrom("contact"))).isEqualTo(HOSTILE.size());
    }

    @Test
    void aTooLongValueIsRefusedWithItsRowAndColumnAndNothingIsCut() throws Exception {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "email,first_name,last_name\nok@x.example,Ok,Fine\nlong@x.example,"
                + "A".repeat(10_000) + ",Long\n");
        assertThatThrownBy(() -> new ContactImporter(store).importFile(file, CsvOptions.DETECT, DuplicatePolicy.SKIP))
                .isInstanceOf(SourceFileException.class)
                .hasMessage("long.csv: row 3, column first_name: is 10000 characters long; at most 100 fit");
        assertThat(store.dsl().fetchCount(store.dsl().selectFrom("contact"))).isZero();
    }

    @Test
    void activityNamesAndTimelineSearchesKeepTheirMeaning() throws Exception {
        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, "id,email,at,status\n1,p@x.example,2026-04-01T10:00,\"Robert'); DROP TABLE "
                + "interaction;--\"\n");
        store.dsl().execute("INSERT INTO contact (first_name, last_name, email, business_unit_id) VALUES "
                + "('P', 'Q', 'p@x.example', 1)");
        new DataSourceImporter(store, CLOCK).importFile(SourceImport.of("orders", orders), ImportProgress.NONE);
        ActivityRepository activities = new ActivityRepository(store, CLOCK);
        for (String name : List.of("名前テスト", "O'Brien's \"orders\"", "Ωμέγα; DELETE FROM activity_definition")) {
            activities.save(new ActivityDefinition(name, new ActivityType("Other"), "orders", "id", "at", "status",
                    null, List.of(), null, true, null,
                    ActivityRelationship.toContact("email", ActivityRelationship.ContactMatch.EMAIL)));
        }
        assertThat(activities.list()).extracting(ActivityDefinition::name).containsExactlyInAnyOrder("名前テスト",
                "O'Brien's \"orders\"", "Ωμέγα; DELETE FROM activity_definition");
        new org.waymark.store.activity.ActivityUnifier(store, activities).runAll();
        TimelineRepository timeline = new TimelineRepository(store);
        long id = store.dsl().fetchOne("SELECT id FROM contact").get(0, Long.class);
        TimelineProfile p = timeline.contact(id).orElseThrow();
        assertThat(timeline.count(p, TimelineFilter.none(), null)).isEqualTo(3);
        assertThat(timeline.count(p, TimelineFilter.none().withSearch("O'Brien's \"orders\""), null)).isEqualTo(1);
        assertThat(timeline.page(p, TimelineFilter.none(), null, 10, null)).extracting(i -> i.subtype())
                .containsOnly("Robert'); DROP TABLE interaction;--");
        assertThat(timeline.count(p, TimelineFilter.none().withSearch("' OR '1'='1"), null)).isZero();
        assertThat(timeline.page(p, TimelineFilter.none().withSearch("名前"), null, 10, null))
                .singleElement().extracting(i -> i.assetName()).isEqualTo("名前テスト");
    }
}
