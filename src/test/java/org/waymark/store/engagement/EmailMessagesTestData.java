package org.waymark.store.engagement;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;
import org.waymark.store.Store;
import org.waymark.store.simulation.InteractionWriter;

/**
 * Messages written the way a simulation run ("run-1") writes them, counted by hand: Ana gets the Spring offer twice
 * (the first opened twice on mobile, a link clicked, replied; the second delivered only), Ben gets it once and it
 * bounces, Cleo gets the Autumn offer, which is not stored (opened once on desktop, an attachment viewed).
 */
public final class EmailMessagesTestData {

    public static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);

    private EmailMessagesTestData() {
    }

    /** Writes the three contacts, the Spring offer email with its link, and the run's interactions. */
    public static void fill(Store store) {
        store.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'Unit')");
        store.dsl().execute("INSERT INTO contact (id, first_name, last_name, email, business_unit_id) VALUES "
                + "(1, 'Ana', 'Berg', 'ana@example.com', 1), (2, 'Ben', 'Cole', 'ben@example.com', 1), "
                + "(3, 'Cleo', 'Diaz', 'cleo@example.com', 1)");
        store.dsl().execute("INSERT INTO marketing_email (id, name, subject, body) VALUES "
                + "(1, 'Spring offer', 'Hello {{firstName}}', '<p>Hi</p>')");
        store.dsl().execute("INSERT INTO email_link (email_id, label, url) VALUES (1, 'Book a demo', 'https://x.example')");
        InteractionBatch b = new InteractionBatch();
        email(b, 1, "Spring offer", "sent", T0, null);
        email(b, 1, "Spring offer", "delivered", T0.plusMinutes(1), null);
        email(b, 1, "Spring offer", "opened", T0.plusHours(1), "mobile");
        email(b, 1, "Spring offer", "clicked", T0.plusHours(1).plusMinutes(2), "Book a demo");
        email(b, 1, "Spring offer", "opened", T0.plusHours(5), "mobile");
        email(b, 1, "Spring offer", "replied", T0.plusHours(6), null);
        email(b, 2, "Spring offer", "sent", T0.plusDays(1), null);
        email(b, 2, "Spring offer", "bounced", T0.plusDays(1), "Hard bounce");
        email(b, 1, "Spring offer", "sent", T0.plusDays(2), null);
        email(b, 1, "Spring offer", "delivered", T0.plusDays(2).plusMinutes(1), null);
        email(b, 3, "Autumn offer", "sent", T0.plusDays(3), null);
        email(b, 3, "Autumn offer", "delivered", T0.plusDays(3), null);
        email(b, 3, "Autumn offer", "opened", T0.plusDays(3).plusHours(2), "desktop");
        email(b, 3, "Autumn offer", "attachmentViewed", T0.plusDays(3).plusHours(3), "price-list.pdf");
        new InteractionWriter().write(store, b, "run-1");
    }

    /** Adds {@code n} sent messages of an email named "Copy" to Ana, an hour apart after the others (summaries only). */
    public static void copies(Store store, int n) {
        store.dsl().execute("INSERT INTO email_message (id, contact_id, recipient, recipient_email, email_name, sent_at, "
                + "status, source) SELECT 1000 + X, 1, 'Ana Berg', 'ana@example.com', 'Copy', "
                + "DATEADD(HOUR, X, TIMESTAMP '2026-04-01 00:00:00'), 'SENT', 'test' FROM SYSTEM_RANGE(1, ?)", n);
    }

    private static void email(InteractionBatch b, long contact, String email, String subtype, LocalDateTime at,
                              String detail) {
        b.add(contact, InteractionBatch.NONE, InteractionType.EMAIL, subtype, at.toEpochSecond(ZoneOffset.UTC), "email",
                email.equals("Spring offer") ? 1 : InteractionBatch.NONE, email, detail, null);
    }
}
