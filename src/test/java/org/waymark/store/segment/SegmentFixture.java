package org.waymark.store.segment;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.waymark.store.Store;

/**
 * A small audience whose segment members are worked out by hand in the tests. Business units 1 "Head office" and
 * 2 "Europe"; accounts 1 Contoso (Retail, Boston, USA), 2 Fabrikam (Energy, Paris, France), 3 "Northwind_100%"
 * (no industry, no city, USA). Contacts (id: name, city, country, account, unit, consent rank):
 * <pre>
 *  1 Ann Lee        Boston    USA    Contoso   1  5   Sales Manager        phone 555-0101
 *  2 Bob Stone      New York  USA    Contoso   1  4   Engineer
 *  3 Cara Diaz      Paris     France Fabrikam  2  3   Marketing Manager
 *  4 Dev Patel      -         -      -         1  0   -                    no email
 *  5 Eve Moreau     Lyon      France Fabrikam  2  2   CEO                  phone 555-0105
 *  6 Finn O'Neil    Boston    USA    Northwind 1  1   Manager
 *  7 Gia Rossi      Rome      Italy  -         2  4   Sales rep
 *  8 Hal Kim        boston    USA    Contoso   1  5   Engineering Manager
 *  9 Ivy Chen       ""        China  -         1  3   ""
 * 10 Jon Ward       New York  USA    Northwind 1  0   Intern
 * 11 Kim Berg       Paris     France Fabrikam  2  4   Director 100%
 * 12 Leo Hart       Austin    USA    -         1  2   Analyst              email leo_h@example.org
 * </pre>
 * Subscription lists: Newsletter {1, 2, 3, 7, 11}, Events {2, 5, 8}; static segment VIP {1, 5}. Interactions
 * (before {@link #AS_OF}): 1 opened "Welcome" 2 days, 2 opened "Spring sale" 10 days, 3 opened "Welcome" 40 days,
 * 5 opened "Welcome" 1 day but simulated, 7 clicked "Welcome" 5 days, 8 submitted form "Contact us" 3 days,
 * 11 opened "Welcome" exactly 30 days before; 12 opened "Welcome" an hour after; an account-only open 1 day before.
 */
public final class SegmentFixture {

    public static final Instant AS_OF = Instant.parse("2026-05-10T12:00:00Z");
    static final LocalDateTime NOW = LocalDateTime.ofInstant(AS_OF, ZoneOffset.UTC);
    static final long NEWSLETTER = 1;
    static final long EVENTS = 2;
    static final long VIP = 3;

    private SegmentFixture() {
    }

    public static void load(Store store) {
        store.dsl().transaction(tx -> {
            DSLContext ctx = tx.dsl();
            ctx.insertInto(BUSINESS_UNIT, BUSINESS_UNIT.ID, BUSINESS_UNIT.NAME).values(1L, "Head office")
                    .values(2L, "Europe").execute();
            ctx.insertInto(ACCOUNT, ACCOUNT.ID, ACCOUNT.NAME, ACCOUNT.INDUSTRY, ACCOUNT.CITY, ACCOUNT.COUNTRY,
                            ACCOUNT.BUSINESS_UNIT_ID)
                    .values(1L, "Contoso", "Retail", "Boston", "USA", 1L)
                    .values(2L, "Fabrikam", "Energy", "Paris", "France", 2L)
                    .values(3L, "Northwind_100%", null, null, "USA", 1L).execute();
            contact(ctx, 1, "Ann", "Lee", "ann@contoso.example", "555-0101", "Sales Manager", "Boston", "USA", 1L, 1, 5);
            contact(ctx, 2, "Bob", "Stone", "bob@contoso.example", null, "Engineer", "New York", "USA", 1L, 1, 4);
            contact(ctx, 3, "Cara", "Diaz", "cara@fabrikam.example", null, "Marketing Manager", "Paris", "France", 2L,
                    2, 3);
            contact(ctx, 4, "Dev", "Patel", null, null, null, null, null, null, 1, 0);
            contact(ctx, 5, "Eve", "Moreau", "eve@fabrikam.example", "555-0105", "CEO", "Lyon", "France", 2L, 2, 2);
            contact(ctx, 6, "Finn", "O'Neil", "finn@northwind.example", null, "Manager", "Boston", "USA", 3L, 1, 1);
            contact(ctx, 7, "Gia", "Rossi", "gia@example.org", null, "Sales rep", "Rome", "Italy", null, 2, 4);
            contact(ctx, 8, "Hal", "Kim", "hal@contoso.example", null, "Engineering Manager", "boston", "USA", 1L, 1, 5);
            contact(ctx, 9, "Ivy", "Chen", "ivy@example.org", null, "", "", "China", null, 1, 3);
            contact(ctx, 10, "Jon", "Ward", "jon@northwind.example", null, "Intern", "New York", "USA", 3L, 1, 0);
            contact(ctx, 11, "Kim", "Berg", "kim@fabrikam.example", null, "Director 100%", "Paris", "France", 2L, 2, 4);
            contact(ctx, 12, "Leo", "Hart", "leo_h@example.org", null, "Analyst", "Austin", "USA", null, 1, 2);
            segment(ctx, NEWSLETTER, "Newsletter", "SUBSCRIPTION_LIST", 1, 2, 3, 7, 11);
            segment(ctx, EVENTS, "Events", "SUBSCRIPTION_LIST", 2, 5, 8);
            segment(ctx, VIP, "VIP", "STATIC", 1, 5);
            interaction(ctx, 1L, "EMAIL", "opened", "Welcome", NOW.minusDays(2), null);
            interaction(ctx, 2L, "EMAIL", "opened", "Spring sale", NOW.minusDays(10), null);
            interaction(ctx, 3L, "EMAIL", "opened", "Welcome", NOW.minusDays(40), null);
            interaction(ctx, 5L, "EMAIL", "opened", "Welcome", NOW.minusDays(1), "run-1");
            interaction(ctx, 7L, "EMAIL", "clicked", "Welcome", NOW.minusDays(5), null);
            interaction(ctx, 8L, "FORM", "submitted", "Contact us", NOW.minusDays(3), null);
            interaction(ctx, 11L, "EMAIL", "opened", "Welcome", NOW.minusDays(30), null);
            interaction(ctx, 12L, "EMAIL", "opened", "Welcome", NOW.plusHours(1), null);
            interaction(ctx, null, "EMAIL", "opened", "Welcome", NOW.minusDays(1), null);
        });
    }

    private static void contact(DSLContext ctx, long id, String first, String last, String email, String phone,
                                String job, String city, String country, Long account, long unit, int consent) {
        ctx.insertInto(CONTACT, CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL, CONTACT.PHONE,
                        CONTACT.JOB_TITLE, CONTACT.CITY, CONTACT.COUNTRY, CONTACT.ACCOUNT_ID, CONTACT.BUSINESS_UNIT_ID,
                        CONTACT.CONSENT_RANK)
                .values(id, first, last, email, phone, job, city, country, account, unit, consent).execute();
    }

    private static void segment(DSLContext ctx, long id, String name, String kind, long... members) {
        long stored = ctx.insertInto(SEGMENT, SEGMENT.NAME, SEGMENT.KIND).values(name, kind).returning(SEGMENT.ID)
                .fetchOne().getId();
        if (stored != id) {
            throw new IllegalStateException("expected segment id " + id + ", got " + stored);
        }
        for (long member : members) {
            ctx.insertInto(SEGMENT_MEMBER, SEGMENT_MEMBER.SEGMENT_ID, SEGMENT_MEMBER.CONTACT_ID).values(id, member)
                    .execute();
        }
    }

    private static void interaction(DSLContext ctx, Long contact, String type, String subtype, String asset,
                                    LocalDateTime at, String runId) {
        ctx.insertInto(INTERACTION, INTERACTION.CONTACT_ID, INTERACTION.ACCOUNT_ID, INTERACTION.TYPE,
                        INTERACTION.SUBTYPE, INTERACTION.OCCURRED_AT, INTERACTION.ASSET_NAME, INTERACTION.SOURCE,
                        INTERACTION.RUN_ID)
                .values(contact, contact == null ? 1L : null, type, subtype, at, asset, "test", runId).execute();
    }
}
