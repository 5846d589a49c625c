package org.waymark.store.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.engagement.EmailMessage;
import org.waymark.model.engagement.MessageQuery;
import org.waymark.model.engagement.MessageState;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;

/** A store written before version 4 gets its messages from the migration; the demo writes them as it goes. */
class EmailMessageBackfillTest {

    @TempDir
    Path dir;

    @Test
    void theMigrationMakesOneMessagePerSendAndLinksTheLaterInteractions() {
        Path folder = dir.resolve("store");
        String url = "jdbc:h2:file:" + folder.resolve(Store.DATABASE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "waymark", "").locations("classpath:db/migration").target("3").load()
                .migrate();
        Flyway v3 = Flyway.configure().dataSource(url, "waymark", "").load();
        try (var c = v3.getConfiguration().getDataSource().getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO business_unit (id, name) VALUES (1, 'Unit')");
            s.execute("INSERT INTO contact (id, first_name, last_name, email, business_unit_id) VALUES "
                    + "(1, 'Ana', 'Berg', 'ana@example.com', 1)");
            s.execute("INSERT INTO interaction (id, contact_id, type, subtype, occurred_at, asset_kind, asset_id, "
                    + "asset_name, detail, source) VALUES "
                    + "(1, 1, 'EMAIL', 'opened', TIMESTAMP '2026-01-01 08:00:00', 'email', 7, 'News', 'Desktop', 'demo'),"
                    + "(2, 1, 'EMAIL', 'sent', TIMESTAMP '2026-01-02 08:00:00', 'email', 7, 'News', NULL, 'demo'),"
                    + "(3, 1, 'EMAIL', 'delivered', TIMESTAMP '2026-01-02 08:01:00', 'email', 7, 'News', NULL, 'demo'),"
                    + "(4, 1, 'EMAIL', 'opened', TIMESTAMP '2026-01-02 09:00:00', 'email', 7, 'News', 'Mobile', 'demo'),"
                    + "(5, 1, 'EMAIL', 'sent', TIMESTAMP '2026-01-05 08:00:00', 'email', 7, 'News', NULL, 'demo'),"
                    + "(6, 1, 'EMAIL', 'opened', TIMESTAMP '2026-01-05 10:00:00', 'email', 7, 'News', 'Mobile', 'demo'),"
                    + "(7, 1, 'EMAIL', 'opened', TIMESTAMP '2026-01-06 10:00:00', 'email', 7, 'News', 'Mobile', 'demo'),"
                    + "(8, 1, 'EMAIL', 'replied', TIMESTAMP '2026-01-06 11:00:00', 'email', 7, 'News', NULL, 'demo'),"
                    + "(9, 1, 'WEB', 'visited', TIMESTAMP '2026-01-06 12:00:00', 'page', 1, 'Site', NULL, 'demo')");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        try (Store store = Store.open(folder)) {
            List<EmailMessage> messages = new EmailMessages(store).page(MessageQuery.newestFirst(), 0, 10);
            assertThat(messages).extracting(EmailMessage::id).containsExactly(5L, 2L);
            assertThat(messages.get(0).opens()).isEqualTo(2);
            assertThat(messages.get(0).state()).isEqualTo(MessageState.REPLIED);
            assertThat(messages.get(0).deliveredAt()).isNull();
            assertThat(messages.get(1).opens()).isEqualTo(1);
            assertThat(messages.get(1).state()).isEqualTo(MessageState.OPENED);
            assertThat(messages.get(1).recipient()).isEqualTo("Ana Berg");
            assertThat(store.dsl().fetchValue("SELECT message_id FROM interaction WHERE id = 1")).isNull();
            assertThat(new EmailMessages(store).history(2)).hasSize(3);
        }
    }

    @Test
    void theDemoWritesAMessagePerSendAndLinksEveryLaterEmailInteraction() {
        try (Store store = Store.open(dir.resolve("demo"))) {
            Clock clock = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneOffset.UTC);
            new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, clock, 20, 150).generate(store);
            var dsl = store.dsl();
            long sends = dsl.fetchCount(dsl.selectOne().from("interaction").where("type = 'EMAIL' AND subtype = 'sent'"));
            assertThat(new EmailMessages(store).countUpTo(MessageQuery.newestFirst(), 100_000)).isEqualTo(sends)
                    .isPositive();
            assertThat(dsl.fetchValue("SELECT COUNT(*) FROM interaction WHERE type = 'EMAIL' AND message_id IS NULL"))
                    .isEqualTo(0L);
            assertThat(dsl.fetchValue("SELECT SUM(opens) FROM email_message", Long.class)).isEqualTo(dsl.fetchValue(
                    "SELECT COUNT(*) FROM interaction WHERE subtype = 'opened' AND type = 'EMAIL'", Long.class));
        }
    }
}
