package org.waymark.store.demo;

import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** The demo's subscription lists, static segments and dynamic segments (stored queries). */
final class DemoSegments {

    private final Random random;
    private final LocalDateTime now;
    private long nextId = 1;

    DemoSegments(Random random, LocalDateTime now) {
        this.random = random;
        this.now = now;
    }

    void generate(DSLContext ctx, List<DemoContact> contacts) {
        for (String list : List.of(DemoAudience.NEWSLETTER, DemoAudience.EVENT_INVITATIONS, DemoAudience.PRODUCT_UPDATES)) {
            long id = segment(ctx, list, "SUBSCRIPTION_LIST", "Contacts who subscribed to " + list.toLowerCase(java.util.Locale.ROOT)
                    + " in the subscription centre", null);
            members(ctx, id, contacts, c -> c.subscribedTo(list));
        }
        long doNotContact = segment(ctx, "Do not contact", "STATIC",
                "Contacts who asked for no marketing; used as a suppression segment", null);
        members(ctx, doNotContact, contacts, c -> random.nextInt(50) == 0);
        long vip = segment(ctx, "VIP customers", "STATIC", "Hand-picked key customers", null);
        members(ctx, vip, contacts, c -> c.accountId() != null && random.nextInt(40) == 0);

        segment(ctx, "Newsletter subscribers in New York", "DYNAMIC",
                "Everyone in New York on the newsletter list",
                """
                {"match":"all","conditions":[{"field":"city","operator":"equals","value":"New York"},\
                {"subscribedTo":"Newsletter"}]}""");
        segment(ctx, "Customers in Boston", "DYNAMIC", "Contacts of accounts based in Boston",
                """
                {"match":"all","conditions":[{"field":"account.city","operator":"equals","value":"Boston"}]}""");
        segment(ctx, "Marketing consent", "DYNAMIC", "Contacts who allow marketing messages",
                """
                {"match":"all","conditions":[{"field":"consent","operator":"atLeast","value":"marketing"}]}""");
        segment(ctx, "Engaged in the last 30 days", "DYNAMIC", "Opened or clicked any email in the last 30 days",
                """
                {"match":"any","conditions":[{"behaviour":"emailOpened","withinDays":30},\
                {"behaviour":"emailClicked","withinDays":30}]}""");
    }

    private long segment(DSLContext ctx, String name, String kind, String description, String query) {
        long id = nextId++;
        ctx.insertInto(SEGMENT, SEGMENT.ID, SEGMENT.NAME, SEGMENT.KIND, SEGMENT.DESCRIPTION, SEGMENT.QUERY_JSON,
                SEGMENT.CREATED_AT).values(id, name, kind, description, query, now.minusDays(200)).execute();
        return id;
    }

    private void members(DSLContext ctx, long segmentId, List<DemoContact> contacts, Predicate<DemoContact> member) {
        BatchBindStep batch = ctx.batch(ctx.insertInto(SEGMENT_MEMBER, SEGMENT_MEMBER.SEGMENT_ID,
                SEGMENT_MEMBER.CONTACT_ID, SEGMENT_MEMBER.ADDED_AT).values((Long) null, null, null));
        int count = 0;
        for (DemoContact contact : contacts) {
            if (member.test(contact)) {
                batch.bind(segmentId, contact.id(), now.minusDays(1 + random.nextInt(360)));
                count++;
            }
        }
        if (count > 0) {
            batch.execute();
        }
    }
}
