package org.waymark.store.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.waymark.store.Store;

/**
 * Fills a scratch store with the contacts, accounts and interactions of the timeline benchmark, through plain JDBC
 * batches. Skewed like a real store: {@link #heavyContacts()} contacts hold {@link #heavyItems()} interactions each,
 * the other contacts share the rest in proportion to 1/√rank (a few thousand for the busiest, a few for the
 * quietest). Times spread over the two years before {@code now}; rows go in month by month, and within a month
 * contact by contact, as simulation runs write them, so one contact's history lies in 24 stretches of the table.
 * Ten contacts per account; contact {@code k} belongs to account {@code (k - 1) % accounts + 1}.
 */
final class SyntheticTimelines {

    static final int MONTHS = 24;
    static final String SEARCH_HIT = "webinar";
    private static final int HEAVY_ITEMS = 100_000;
    private static final int BATCH = 5_000;
    private static final String[] EMAILS = {"Spring newsletter", "Product webinar invitation", "Renewal reminder",
        "Welcome series 1", "Welcome series 2", "Customer survey", "Autumn offers", "Webinar recording"};
    private static final String[] DEVICES = {"Opened on mobile", "Opened on desktop", "Opened in webmail"};
    private static final String[] PAGES = {"/pricing", "/products/studio", "/blog/journeys", "/contact", "/events"};

    private final long items;
    private final int contacts;
    private final int heavy;
    private final int heavyItems;
    private final long[] lightCounts;
    private final LocalDateTime now;

    SyntheticTimelines(long items, int contacts, LocalDateTime now) {
        this.items = items;
        this.contacts = contacts;
        this.now = now;
        this.heavy = Math.max(1, Math.min(10, contacts / 10_000));
        this.heavyItems = (int) Math.min(HEAVY_ITEMS, items / (2L * heavy));
        this.lightCounts = lightCounts(items - (long) heavy * heavyItems, contacts - heavy);
    }

    int heavyContacts() {
        return heavy;
    }

    int heavyItems() {
        return heavyItems;
    }

    int accounts() {
        return Math.max(1, contacts / 10);
    }

    long accountOf(long contact) {
        return (contact - 1) % accounts() + 1;
    }

    /** Interactions of contact {@code id} (1-based; the first {@link #heavyContacts()} are the heavy ones). */
    long itemsOf(long id) {
        return id <= heavy ? heavyItems : lightCounts[(int) (id - heavy - 1)];
    }

    /** Writes everything; returns the seconds the interactions took (contacts and accounts are not counted). */
    double load(Store store) {
        return store.dsl().connectionResult(connection -> {
            connection.setAutoCommit(false);
            insertPeople(connection);
            connection.commit();
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO interaction (contact_id, "
                    + "account_id, type, subtype, occurred_at, asset_kind, asset_id, asset_name, detail, url, source) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')")) {
                long[] pending = {0};
                for (int month = 0; month < MONTHS; month++) {
                    insertMonth(insert, month, pending);
                    insert.executeBatch();
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
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO account (id, name, business_unit_id) VALUES (?, ?, 1)")) {
            for (int a = 1; a <= accounts(); a++) {
                insert.setLong(1, a);
                insert.setString(2, "Account " + a);
                batch(insert, a);
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contact (id, first_name, last_name, "
                + "email, account_id, business_unit_id) VALUES (?, ?, ?, ?, ?, 1)")) {
            for (int c = 1; c <= contacts; c++) {
                insert.setLong(1, c);
                insert.setString(2, "Contact");
                insert.setString(3, "No. " + c);
                insert.setString(4, "contact" + c + "@example.com");
                insert.setLong(5, accountOf(c));
                batch(insert, c);
            }
            insert.executeBatch();
        }
    }

    private void insertMonth(PreparedStatement insert, int month, long[] pending) throws SQLException {
        long end = now.toEpochSecond(ZoneOffset.UTC);
        long span = 2L * 365 * 86_400 / MONTHS;
        long monthStart = end - (MONTHS - month) * span;
        SplittableRandom random = new SplittableRandom(month * 7919L + 1);
        long[] times = new long[0];
        for (long c = 1; c <= contacts; c++) {
            long total = itemsOf(c);
            int n = (int) (total * (month + 1) / MONTHS - total * month / MONTHS);
            if (times.length < n) {
                times = new long[n];
            }
            for (int i = 0; i < n; i++) {
                times[i] = monthStart + random.nextLong(span);
            }
            Arrays.sort(times, 0, n);
            for (int i = 0; i < n; i++) {
                row(insert, c, LocalDateTime.ofEpochSecond(times[i], 0, ZoneOffset.UTC), random);
                batch(insert, ++pending[0]);
            }
        }
    }

    /** One interaction: half emails (a fifth of them opened), then web visits, texts, pushes, forms, events, activities. */
    private void row(PreparedStatement insert, long contact, LocalDateTime at, SplittableRandom random)
            throws SQLException {
        insert.setLong(1, contact);
        insert.setLong(2, accountOf(contact));
        insert.setObject(5, at);
        int roll = random.nextInt(100);
        int asset = random.nextInt(EMAILS.length);
        if (roll < 50) {
            String[] subtypes = {"sent", "sent", "delivered", "delivered", "opened", "opened", "clicked", "bounced",
                "replied", "unsubscribed"};
            String subtype = subtypes[random.nextInt(subtypes.length)];
            fill(insert, "EMAIL", subtype, "email", asset + 1, EMAILS[asset],
                    subtype.equals("opened") ? DEVICES[random.nextInt(DEVICES.length)] : null, null);
        } else if (roll < 70) {
            String page = PAGES[random.nextInt(PAGES.length)];
            fill(insert, "WEB", "visited", "page", 1, "Website", null, "https://example.com" + page);
        } else if (roll < 78) {
            fill(insert, "SMS", random.nextBoolean() ? "sent" : "delivered", "sms", 1, "Appointment text", null, null);
        } else if (roll < 86) {
            fill(insert, "PUSH", random.nextBoolean() ? "delivered" : "opened", "push", 1, "App news", "Mobile app",
                    null);
        } else if (roll < 91) {
            fill(insert, "FORM", random.nextBoolean() ? "visited" : "submitted", "form", 1, "Webinar sign-up", null,
                    null);
        } else if (roll < 95) {
            fill(insert, "EVENT", "registered", "event", 1, "Customer day", null, null);
        } else {
            fill(insert, "ACTIVITY", "phoneCall", null, 0, null, "Call about the renewal", null);
        }
    }

    private static void fill(PreparedStatement insert, String type, String subtype, String assetKind, long assetId,
                             String assetName, String detail, String url) throws SQLException {
        insert.setString(3, type);
        insert.setString(4, subtype);
        insert.setString(6, assetKind);
        if (assetKind == null) {
            insert.setNull(7, java.sql.Types.BIGINT);
        } else {
            insert.setLong(7, assetId);
        }
        insert.setString(8, assetName);
        insert.setString(9, detail);
        insert.setString(10, url);
    }

    private static void batch(PreparedStatement insert, long count) throws SQLException {
        insert.addBatch();
        if (count % BATCH == 0) {
            insert.executeBatch();
        }
    }

    /** {@code total} items over {@code n} contacts in proportion to 1/√rank, summing exactly to {@code total}. */
    private static long[] lightCounts(long total, int n) {
        long[] counts = new long[Math.max(0, n)];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.sqrt(i + 1.0);
        }
        double cumulative = 0;
        long given = 0;
        for (int i = 0; i < n; i++) {
            cumulative += 1 / Math.sqrt(i + 1.0);
            long upTo = i == n - 1 ? total : Math.round(total * cumulative / sum);
            counts[i] = upTo - given;
            given = upTo;
        }
        return counts;
    }
}
