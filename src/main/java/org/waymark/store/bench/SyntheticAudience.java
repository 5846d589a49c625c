package org.waymark.store.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.waymark.store.Store;

/**
 * Fills a scratch store with the audience of the segment benchmark through plain JDBC batches: three business units,
 * ten contacts per account, cities, countries, job titles and consent ranks drawn with a fixed seed (a few big cities
 * and many small ones), two subscription lists ({@value #NEWSLETTER}: about 30 % of contacts, {@value #EVENTS}:
 * about 10 %) and email, web and form interactions spread over the year before {@code now}, a tenth of them simulated
 * (with a run id).
 */
final class SyntheticAudience {

    static final String NEWSLETTER = "Newsletter";
    static final String EVENTS = "Events";
    static final String[] CITIES = {"New York", "London", "Paris", "Boston", "Berlin", "Madrid", "Chicago", "Tokyo",
        "Sydney", "Toronto", "Lyon", "Munich", "Seattle", "Austin", "Dublin", "Rome", "Oslo", "Vienna", "Prague",
        "Lisbon", "Denver", "Miami", "Zurich", "Geneva", "Milan", "Porto", "Seville", "Bristol", "Leeds", "Cork"};
    static final String[] COUNTRIES = {"USA", "United Kingdom", "France", "Germany", "Spain", "Japan", "Australia",
        "Canada", "Ireland", "Italy"};
    static final String[] TITLES = {"Marketing Manager", "Sales Manager", "Engineer", "Director", "Analyst", "CEO",
        "Consultant", "Account Executive", "Designer", "Product Manager", "Developer", "Buyer"};
    static final String[] INDUSTRIES = {"Retail", "Energy", "Finance", "Health", "Media", "Software"};
    static final String[] EMAILS = {"Spring newsletter", "Product webinar invitation", "Renewal reminder",
        "Welcome series 1", "Customer survey", "Autumn offers"};
    private static final int BATCH = 5_000;
    private static final int DAYS = 365;

    private final int contacts;
    private final long interactions;
    private final LocalDateTime now;

    SyntheticAudience(int contacts, long interactions, LocalDateTime now) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.now = now;
    }

    int accounts() {
        return Math.max(1, contacts / 10);
    }

    /** Writes everything in a few transactions; returns the seconds it took. */
    double load(Store store) {
        return store.dsl().connectionResult(connection -> {
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("INSERT INTO business_unit (id, name) VALUES (1, 'Head office'), "
                        + "(2, 'Europe'), (3, 'Americas')");
                statement.execute("INSERT INTO segment (id, name, kind) VALUES (1, '" + NEWSLETTER
                        + "', 'SUBSCRIPTION_LIST'), (2, '" + EVENTS + "', 'SUBSCRIPTION_LIST')");
            }
            accounts(connection);
            connection.commit();
            people(connection);
            connection.commit();
            interactions(connection);
            connection.commit();
            return (System.nanoTime() - start) / 1e9;
        });
    }

    private void accounts(Connection connection) throws SQLException {
        SplittableRandom random = new SplittableRandom(1);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (id, name, industry, city, "
                + "country, business_unit_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int a = 1; a <= accounts(); a++) {
                insert.setLong(1, a);
                insert.setString(2, "Account " + a);
                insert.setString(3, random.nextInt(10) == 0 ? null : INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
                insert.setString(4, CITIES[skewed(random, CITIES.length)]);
                insert.setString(5, COUNTRIES[skewed(random, COUNTRIES.length)]);
                insert.setLong(6, 1 + random.nextInt(3));
                batch(insert, a);
            }
            insert.executeBatch();
        }
    }

    private void people(Connection connection) throws SQLException {
        SplittableRandom random = new SplittableRandom(2);
        try (PreparedStatement contact = connection.prepareStatement("INSERT INTO contact (id, first_name, last_name, "
                + "email, job_title, city, country, account_id, business_unit_id, consent_rank) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int c = 1; c <= contacts; c++) {
                contact.setLong(1, c);
                contact.setString(2, "Contact");
                contact.setString(3, "No. " + c);
                contact.setString(4, "contact" + c + "@example.com");
                contact.setString(5, random.nextInt(8) == 0 ? null : TITLES[random.nextInt(TITLES.length)]);
                contact.setString(6, random.nextInt(12) == 0 ? null : CITIES[skewed(random, CITIES.length)]);
                contact.setString(7, COUNTRIES[skewed(random, COUNTRIES.length)]);
                if (random.nextInt(5) == 0) {
                    contact.setNull(8, java.sql.Types.BIGINT);
                } else {
                    contact.setLong(8, 1 + random.nextInt(accounts()));
                }
                contact.setLong(9, 1 + random.nextInt(3));
                contact.setInt(10, random.nextInt(6));
                batch(contact, c);
                if (c % BATCH == 0) {
                    connection.commit();
                }
            }
            contact.executeBatch();
        }
        try (PreparedStatement member = connection.prepareStatement(
                "INSERT INTO segment_member (segment_id, contact_id) VALUES (?, ?)")) {
            long members = 0;
            for (int c = 1; c <= contacts; c++) {
                if (random.nextInt(10) < 3) {
                    member.setLong(1, 1);
                    member.setLong(2, c);
                    batch(member, ++members);
                }
                if (random.nextInt(10) == 0) {
                    member.setLong(1, 2);
                    member.setLong(2, c);
                    batch(member, ++members);
                }
                if (c % BATCH == 0) {
                    member.executeBatch();
                    connection.commit();
                }
            }
            member.executeBatch();
        }
    }

    private void interactions(Connection connection) throws SQLException {
        SplittableRandom random = new SplittableRandom(3);
        long end = now.toEpochSecond(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO interaction (contact_id, type, "
                + "subtype, occurred_at, asset_name, source, run_id) VALUES (?, ?, ?, ?, ?, 'bench', ?)")) {
            for (long i = 1; i <= interactions; i++) {
                insert.setLong(1, 1 + random.nextInt(contacts));
                int roll = random.nextInt(10);
                if (roll < 7) {
                    String[] subtypes = {"sent", "delivered", "opened", "clicked"};
                    insert.setString(2, "EMAIL");
                    insert.setString(3, subtypes[random.nextInt(subtypes.length)]);
                    insert.setString(5, EMAILS[random.nextInt(EMAILS.length)]);
                } else if (roll < 9) {
                    insert.setString(2, "WEB");
                    insert.setString(3, "visited");
                    insert.setString(5, "Website");
                } else {
                    insert.setString(2, "FORM");
                    insert.setString(3, "submitted");
                    insert.setString(5, "Webinar sign-up");
                }
                insert.setObject(4, LocalDateTime.ofEpochSecond(end - random.nextLong(DAYS * 86_400L), 0,
                        ZoneOffset.UTC));
                insert.setString(6, random.nextInt(10) == 0 ? "bench-run" : null);
                batch(insert, i);
                if (i % BATCH == 0) {
                    connection.commit();
                }
            }
            insert.executeBatch();
        }
    }

    /** An index in [0, n) where small ones are much likelier (about 1/(rank + 1)). */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) Math.floor(Math.pow(n + 1, u)) - 1);
    }

    /**
     * Adds the row; every {@value #BATCH} rows, writes them. The callers commit as often: H2 visits each row and index
     * entry again at commit, and a transaction of a million rows is committed long after its pages left the cache.
     */
    private static void batch(PreparedStatement insert, long count) throws SQLException {
        insert.addBatch();
        if (count % BATCH == 0) {
            insert.executeBatch();
        }
    }
}
