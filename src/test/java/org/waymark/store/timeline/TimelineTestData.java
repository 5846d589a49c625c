package org.waymark.store.timeline;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.waymark.store.Store;

/**
 * A small hand-made store for timeline tests: account 1 "Harbor Foods" with Ana Silva (1) and Ben Okafor (2), account
 * 2 with Cleo Park (3); email 1 "Spring offer" ({{firstName}} in its subject and body), text 1 and push 1; and the
 * interactions listed in {@link #fillIn}.
 */
public final class TimelineTestData {

    public static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 12, 0);

    private final DSLContext sql;
    private long nextId = 1;

    private TimelineTestData(Store store) {
        this.sql = store.dsl();
    }

    public static void fill(Store store) {
        new TimelineTestData(store).fillIn();
    }

    /** {@code count} more openings of email 1 by {@code contactId}, one a minute from 30 days ago on. */
    public static void addOpenings(Store store, long contactId, int count) {
        TimelineTestData data = new TimelineTestData(store);
        data.nextId = 1000;
        for (int i = 0; i < count; i++) {
            data.add(contactId, 1, "EMAIL", "opened", NOW.minusDays(30).plusMinutes(i), "email", 1, "Spring offer",
                    "Desktop", null);
        }
    }

    private void fillIn() {
        sql.execute("INSERT INTO business_unit (id, name) VALUES (1, 'Head office')");
        sql.execute("INSERT INTO account (id, name, business_unit_id) VALUES (1, 'Harbor Foods', 1), (2, 'Orbit', 1)");
        sql.execute("INSERT INTO contact (id, first_name, last_name, email, city, account_id, business_unit_id) VALUES "
                + "(1, 'Ana', 'Silva', 'ana@harbor.example', 'Lisbon', 1, 1), "
                + "(2, 'Ben', 'Okafor', 'ben@harbor.example', 'Lagos', 1, 1), "
                + "(3, 'Cleo', 'Park', 'cleo@orbit.example', 'Seoul', 2, 1)");
        sql.execute("INSERT INTO marketing_email (id, name, subject, preheader, body) VALUES (1, 'Spring offer', "
                + "'{{firstName}}, spring is here', 'Ten days only', "
                + "'<p>Hello {{firstName}},</p><p>Our <b>spring</b> offer &amp; more.</p>"
                + "<p><a href=\"https://harbor.example/spring\">See the offer</a></p>')");
        sql.execute("INSERT INTO sms_message (id, name, text_body) VALUES (1, 'Reminder text', 'Hi {{firstName}}, "
                + "see you {{when}}')");
        sql.execute("INSERT INTO push_notification (id, name, title, text_body) VALUES (1, 'App news', 'New!', "
                + "'Open the app, {{firstName}}')");
        // Ana: a spring-offer email story over the last days, a text, a push, a web visit, a form, an order.
        add(1, 1, "EMAIL", "sent", NOW.minusDays(10), "email", 1, "Spring offer", null, null);
        add(1, 1, "EMAIL", "delivered", NOW.minusDays(10).plusMinutes(1), "email", 1, "Spring offer", null, null);
        add(1, 1, "EMAIL", "opened", NOW.minusDays(9), "email", 1, "Spring offer", "Desktop", null);
        add(1, 1, "EMAIL", "opened", NOW.minusHours(5), "email", 1, "Spring offer", "Mobile", null);
        add(1, 1, "EMAIL", "clicked", NOW.minusHours(5).plusMinutes(2), "email", 1, "Spring offer", "See the offer",
                "https://harbor.example/spring");
        add(1, 1, "SMS", "delivered", NOW.minusDays(40), "sms", 1, "Reminder text", null, null);
        add(1, 1, "PUSH", "opened", NOW.minusDays(400), "push", 1, "App news", null, null);
        add(1, 1, "WEB", "visited", NOW.minusDays(2), "page", 1, "Pricing page", null, "https://harbor.example/pricing");
        add(1, 1, "FORM", "submitted", NOW.minusDays(2).plusMinutes(3), "form", 1, "Contact us", "Asked for a call", null);
        add(1, 1, "ACTIVITY", "Order placed", NOW.minusDays(1), null, 0, "Online orders", "Order SO-1042 · 129.90 EUR",
                null);
        // Ben: one opened email, at the same instant as Ana's second opening (ties are broken by id).
        add(2, 1, "EMAIL", "opened", NOW.minusHours(5), "email", 1, "Spring offer", "Mobile", null);
        // Harbor Foods, no contact: a support call mapped to the account only.
        add(0, 1, "ACTIVITY", "Call logged", NOW.minusDays(3), null, 0, "Support calls", "Delivery late, 100% refunded",
                null);
        // Cleo (another account).
        add(3, 2, "EMAIL", "opened", NOW.minusDays(1), "email", 1, "Spring offer", "Tablet", null);
    }

    private void add(long contact, long account, String type, String subtype, LocalDateTime at, String assetKind,
                     long assetId, String assetName, String detail, String url) {
        sql.execute("INSERT INTO interaction (id, contact_id, account_id, type, subtype, occurred_at, asset_kind, "
                        + "asset_id, asset_name, detail, url, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test')",
                nextId++, contact == 0 ? null : contact, account, type, subtype, at, assetKind,
                assetId == 0 ? null : assetId, assetName, detail, url);
    }
}
