package org.waymark.store.engagement;

import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.EMAIL_MESSAGE;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.MARKETING_EMAIL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.waymark.model.engagement.Recipient;
import org.waymark.model.engagement.RecommendedRule;
import org.waymark.model.engagement.TemplateResult;
import org.waymark.model.engagement.WeeklyEngagement;
import org.waymark.store.Store;

/**
 * The results of every marketing email in the store, from its messages ({@code email_message}, decision 0010: one
 * row per email sent to one contact, kept by the demo history, the simulation recorder and the bench loaders): how
 * many messages were sent, delivered, opened, clicked through and replied to, each message counted once however often
 * it was opened; then the Recommended mark of {@link RecommendedRule}. A newsletter sent twice to one contact counts
 * twice. One grouped query over the messages.
 */
public final class TemplateResults {

    private final DSLContext dsl;
    private final RecommendedRule rule = new RecommendedRule();

    public TemplateResults(Store store) {
        this.dsl = store.dsl();
    }

    /** Every email, by name, with its results (zeros for one never sent). */
    public List<TemplateResult> all() {
        Field<Integer> sent = DSL.count().as("sent");
        Field<Integer> delivered = DSL.count(EMAIL_MESSAGE.DELIVERED_AT).as("delivered");
        Field<Integer> opened = DSL.count().filterWhere(EMAIL_MESSAGE.OPENS.gt(0)).as("opened");
        Field<Integer> clicked = DSL.count().filterWhere(EMAIL_MESSAGE.CLICKS.gt(0)).as("clicked");
        Field<Integer> replied = DSL.count().filterWhere(EMAIL_MESSAGE.REPLIES.gt(0)).as("replied");
        Map<Long, Record> counts = new HashMap<>();
        dsl.select(EMAIL_MESSAGE.EMAIL_ID, sent, delivered, opened, clicked, replied)
                .from(EMAIL_MESSAGE)
                .where(EMAIL_MESSAGE.EMAIL_ID.isNotNull())
                .groupBy(EMAIL_MESSAGE.EMAIL_ID)
                .forEach(r -> counts.put(r.get(EMAIL_MESSAGE.EMAIL_ID), r));
        List<TemplateResult> results = new ArrayList<>();
        dsl.select(MARKETING_EMAIL.ID, MARKETING_EMAIL.NAME, MARKETING_EMAIL.SUBJECT).from(MARKETING_EMAIL)
                .orderBy(MARKETING_EMAIL.NAME)
                .forEach(email -> {
                    Record c = counts.get(email.value1());
                    results.add(new TemplateResult(email.value1(), email.value2(), email.value3(),
                            value(c, sent), value(c, delivered), value(c, opened), value(c, clicked),
                            value(c, replied), false));
                });
        return rule.mark(results);
    }

    /**
     * The opens and clicks of email {@code emailId} per week (Monday to Sunday), oldest first, every week from the
     * first to the last one with either; empty when it has none.
     */
    public List<WeeklyEngagement> weekly(long emailId) {
        Field<java.time.LocalDate> day = DSL.cast(INTERACTION.OCCURRED_AT, java.time.LocalDate.class).as("day");
        java.util.TreeMap<java.time.LocalDate, long[]> weeks = new java.util.TreeMap<>();
        dsl.select(day, INTERACTION.SUBTYPE, DSL.count()).from(INTERACTION)
                .where(INTERACTION.ASSET_KIND.eq("email")).and(INTERACTION.ASSET_ID.eq(emailId))
                .and(INTERACTION.SUBTYPE.in("opened", "clicked"))
                .groupBy(day, INTERACTION.SUBTYPE)
                .forEach(r -> {
                    java.time.LocalDate monday = r.value1().with(java.time.DayOfWeek.MONDAY);
                    long[] counts = weeks.computeIfAbsent(monday, d -> new long[2]);
                    counts["opened".equals(r.value2()) ? 0 : 1] += r.value3();
                });
        List<WeeklyEngagement> series = new ArrayList<>();
        if (weeks.isEmpty()) {
            return series;
        }
        for (java.time.LocalDate week = weeks.firstKey(); !week.isAfter(weeks.lastKey()); week = week.plusWeeks(1)) {
            long[] counts = weeks.getOrDefault(week, new long[2]);
            series.add(new WeeklyEngagement(week, counts[0], counts[1]));
        }
        return series;
    }

    /**
     * The contacts email {@code emailId} went to, most recently sent first, at most {@code limit}, each with what
     * they did with it.
     */
    public List<Recipient> recipients(long emailId, int limit) {
        Field<java.time.LocalDateTime> lastSent = DSL.max(DSL.when(INTERACTION.SUBTYPE.eq("sent"),
                INTERACTION.OCCURRED_AT)).as("last_sent");
        Field<java.time.LocalDateTime> lastOpened = DSL.max(DSL.when(INTERACTION.SUBTYPE.eq("opened"),
                INTERACTION.OCCURRED_AT)).as("last_opened");
        Field<java.math.BigDecimal> delivered = times("delivered");
        Field<java.math.BigDecimal> bounced = times("bounced");
        Field<java.math.BigDecimal> opens = times("opened");
        Field<java.math.BigDecimal> clicks = times("clicked");
        Field<java.math.BigDecimal> views = times("attachmentViewed");
        Field<java.math.BigDecimal> replies = times("replied");
        return dsl.select(INTERACTION.CONTACT_ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL, lastSent,
                        delivered, bounced, opens, lastOpened, clicks, views, replies)
                .from(INTERACTION).join(CONTACT).on(CONTACT.ID.eq(INTERACTION.CONTACT_ID))
                .where(INTERACTION.ASSET_KIND.eq("email")).and(INTERACTION.ASSET_ID.eq(emailId))
                .groupBy(INTERACTION.CONTACT_ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL)
                .orderBy(lastSent.desc().nullsLast(), INTERACTION.CONTACT_ID)
                .limit(limit)
                .fetch(r -> new Recipient(r.get(INTERACTION.CONTACT_ID),
                        (r.get(CONTACT.FIRST_NAME) + " " + r.get(CONTACT.LAST_NAME)).strip(),
                        r.get(CONTACT.EMAIL) == null ? "" : r.get(CONTACT.EMAIL), r.get(lastSent),
                        count(r.get(delivered)), count(r.get(bounced)) > 0, count(r.get(opens)), r.get(lastOpened),
                        count(r.get(clicks)), count(r.get(views)), count(r.get(replies))));
    }

    private static Field<java.math.BigDecimal> times(String subtype) {
        return DSL.sum(DSL.when(INTERACTION.SUBTYPE.eq(subtype), 1).otherwise(0)).as(subtype + "_times");
    }

    private static long count(java.math.BigDecimal sum) {
        return sum == null ? 0 : sum.longValue();
    }

    private static long value(Record counts, Field<Integer> field) {
        return counts == null ? 0 : counts.get(field.getName(), Integer.class);
    }
}
