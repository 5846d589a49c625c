package org.waymark.store.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.waymark.store.Store;
import org.waymark.store.engagement.EmailMessageLog;

/**
 * Fills a scratch store with the email messages of the emails benchmark: every interaction is an email interaction
 * (the most messages 10M interactions can make), written month by month as a simulation run writes them — rows with
 * their message id, then the month's {@code email_message} summaries through the same {@link EmailMessageLog} the
 * demo and the simulation recorder use. A message is sent, then delivered (or bounced, 4 %), opened by 45 % (one to
 * three times, a third of openers click, a fifth view the attachment, 3 % reply). Eight emails, times spread over
 * the two years before {@code now}.
 */
final class SyntheticEmails {

    static final int MONTHS = 24;
    static final String SEARCH_HIT = "webinar";
    static final String[] EMAILS = {"Spring newsletter", "Product webinar invitation", "Renewal reminder",
        "Welcome series 1", "Welcome series 2", "Customer survey", "Autumn offers", "Webinar recording"};
    private static final String[] DEVICES = {"desktop", "mobile", "mobile", "tablet"};

    private final long items;
    private final int contacts;
    private final LocalDateTime now;
    /**
     * Interactions per transaction. H2 visits every row and index entry of a transaction again when it commits; a
     * month of 10M (400,000 rows and their index entries) was committed long after its pages had left the cache, and
     * the commits read them back from disk for most of an hour.
     */
    private static final int COMMIT_EVERY = 5_000;
    private long written;
    private long committed;
    private long messages;

    SyntheticEmails(long items, int contacts, LocalDateTime now) {
        this.items = items;
        this.contacts = contacts;
        this.now = now;
    }

    long messages() {
        return messages;
    }

    /** Writes everything; returns the seconds the interactions and messages took (contacts are not counted). */
    double load(Store store) {
        return store.dsl().connectionResult(connection -> {
            connection.setAutoCommit(false);
            insertPeople(connection);
            connection.commit();
            long start = System.nanoTime();
            try (MultiRowInsert insert = new MultiRowInsert(connection, "interaction", "contact_id, type, subtype, "
                    + "occurred_at, asset_kind, asset_id, asset_name, detail, source, message_id")) {
                for (int month = 0; month < MONTHS && written < items; month++) {
                    EmailMessageLog log = new EmailMessageLog(messages + 1, "bench", null);
                    insertMonth(connection, insert, month, log);
                    insert.flush();
                    messages += log.write(connection);
                    connection.commit();
                }
            }
            return (System.nanoTime() - start) / 1e9;
        });
    }

    private void insertPeople(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("INSERT INTO business_unit (id, name) VALUES (1, 'Benchmark')");
        }
        try (MultiRowInsert insert = new MultiRowInsert(connection, "contact", "id, first_name, last_name, email, "
                + "business_unit_id")) {
            for (long c = 1; c <= contacts; c++) {
                insert.add(c, "Contact", "No. " + c, "contact" + c + "@example.com", 1L);
            }
            insert.flush();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO marketing_email (id, name, subject, body) VALUES (?, ?, ?, ?)")) {
            for (int e = 0; e < EMAILS.length; e++) {
                insert.setLong(1, e + 1);
                insert.setString(2, EMAILS[e]);
                insert.setString(3, EMAILS[e] + " for {{firstName}}");
                insert.setString(4, "<p>Dear {{firstName}},</p><p><a href=\"https://example.com\">Read more</a></p>");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** This month's share of the interactions, message by message, contacts in turn. */
    private void insertMonth(Connection connection, MultiRowInsert insert, int month, EmailMessageLog log)
            throws SQLException {
        long end = now.toEpochSecond(ZoneOffset.UTC);
        long span = 2L * 365 * 86_400 / MONTHS;
        long monthStart = end - (MONTHS - month) * span;
        long target = Math.min(items, items * (month + 1) / MONTHS);
        SplittableRandom random = new SplittableRandom(month * 7919L + 1);
        long contact = 1;
        while (written < target) {
            long sent = monthStart + random.nextLong(span - 7 * 86_400L);
            message(insert, log, contact, sent, random);
            contact = contact % contacts + 1;
            if (written - committed >= COMMIT_EVERY) {
                insert.flush();
                connection.commit();
                committed = written;
            }
        }
    }

    private void message(MultiRowInsert insert, EmailMessageLog log, long contact, long sent,
                         SplittableRandom random) throws SQLException {
        int email = random.nextInt(EMAILS.length);
        row(insert, log, contact, email, "sent", sent, null);
        if (random.nextInt(100) < 4) {
            row(insert, log, contact, email, "bounced", sent + 60, "Hard bounce: mailbox does not exist");
            return;
        }
        row(insert, log, contact, email, "delivered", sent + 60, null);
        if (random.nextInt(100) >= 45) {
            return;
        }
        long at = sent + 600 + random.nextLong(3 * 86_400L);
        String device = DEVICES[random.nextInt(DEVICES.length)];
        int opens = 1 + random.nextInt(3);
        for (int o = 0; o < opens; o++) {
            row(insert, log, contact, email, "opened", at + o * 3_600L, device);
        }
        if (random.nextInt(3) == 0) {
            row(insert, log, contact, email, "clicked", at + 120, "Read more");
        }
        if (random.nextInt(5) == 0) {
            row(insert, log, contact, email, "attachmentViewed", at + 180, "price-list.pdf");
        }
        if (random.nextInt(100) < 3) {
            row(insert, log, contact, email, "replied", at + 7_200, null);
        }
    }

    private void row(MultiRowInsert insert, EmailMessageLog log, long contact, int email, String subtype,
                     long epochSecond, String detail) throws SQLException {
        LocalDateTime at = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        Long message = log.add(contact, null, email + 1L, EMAILS[email], subtype, at);
        insert.add(contact, "EMAIL", subtype, at, "email", email + 1L, EMAILS[email], detail, "bench", message);
        written++;
    }
}
