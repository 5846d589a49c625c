package org.waymark.store.engagement;

import static org.waymark.store.schema.Tables.EMAIL_LINK;
import static org.waymark.store.schema.Tables.EMAIL_MESSAGE;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.MARKETING_EMAIL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.waymark.model.engagement.DeviceTypes;
import org.waymark.model.engagement.EmailMessage;
import org.waymark.model.engagement.MessageDetail;
import org.waymark.model.engagement.MessageEvent;
import org.waymark.model.engagement.MessageQuery;
import org.waymark.model.engagement.MessageSort;
import org.waymark.model.timeline.MessagePreview;
import org.waymark.store.Store;
import org.waymark.store.schema.tables.records.EmailMessageRecord;
import org.waymark.store.timeline.MessagePreviews;

/**
 * Every email message sent to one contact (decision 0010), a page at a time, from the {@code email_message} summaries:
 * searched, filtered by status and sending day, sorted by any column through that column's index (offset paging),
 * counted no further than a cap; and one message in full, with its history from the interactions linked to it.
 */
public final class EmailMessages {

    private final DSLContext dsl;
    private final MessagePreviews previews;
    private final DeviceTypes devices = new DeviceTypes();
    /**
     * A search keeping more messages than this is read in the list's sort order (see {@link MessageSearch}): a page
     * is then found after a few hundred messages, where the indexes would hand over every match to be sorted.
     */
    static final int COMMON = 10_000;


    public EmailMessages(Store store) {
        this.dsl = store.dsl();
        this.previews = new MessagePreviews(store);
    }

    /** A first page and how many messages the query keeps, counted no further than a cap + 1. */
    public record FirstPage(List<EmailMessage> messages, int count) {
    }

    /**
     * What the list shows when it opens or its query changes: the first {@code limit} messages and how many the query
     * keeps, up to {@code cap} + 1 (see {@link #countUpTo}). The search is looked up once for both reads.
     */
    public FirstPage firstPage(MessageQuery query, int limit, int cap) {
        return dsl.transactionResult(tx -> {
            Search search = search(tx.dsl(), query);
            int counted = countUpTo(tx.dsl(), search.indexed(), Math.max(cap, COMMON));
            List<EmailMessage> page = page(tx.dsl(), query, counted > COMMON ? search.inOrder() : search.indexed(),
                    0, limit);
            return new FirstPage(page, page.size() < limit ? page.size() : Math.min(counted, cap + 1));
        });
    }

    /** At most {@code limit} messages the query keeps, after skipping {@code offset}. */
    public List<EmailMessage> page(MessageQuery query, int offset, int limit) {
        return dsl.transactionResult(tx -> {
            Search search = search(tx.dsl(), query);
            boolean common = !query.search().isEmpty() && countUpTo(tx.dsl(), search.indexed(), COMMON) > COMMON;
            return page(tx.dsl(), query, common ? search.inOrder() : search.indexed(), offset, limit);
        });
    }

    /**
     * How many messages the query keeps, counted no further than {@code cap} + 1: a result above {@code cap} means
     * "more than {@code cap}".
     */
    public int countUpTo(MessageQuery query, int cap) {
        return dsl.transactionResult(tx -> countUpTo(tx.dsl(), search(tx.dsl(), query).indexed(), cap));
    }

    private static List<EmailMessage> page(DSLContext ctx, MessageQuery query, Condition where, int offset,
                                           int limit) {
        return ctx.selectFrom(EMAIL_MESSAGE).where(where).orderBy(order(query)).offset(offset).limit(limit)
                .fetch(EmailMessages::message);
    }

    private static int countUpTo(DSLContext ctx, Condition where, int cap) {
        return ctx.fetchCount(ctx.selectOne().from(EMAIL_MESSAGE).where(where).limit(cap + 1));
    }

    /** The query's whole condition, in the two forms its search has (the same when there is no search). */
    private static Search search(DSLContext ctx, MessageQuery query) {
        Condition filters = filters(query);
        if (query.search().isEmpty()) {
            return new Search(filters, filters);
        }
        MessageSearch.Match match = new MessageSearch(ctx).of(query.search());
        return new Search(filters.and(match.indexed()), filters.and(match.inOrder()));
    }

    private record Search(Condition indexed, Condition inOrder) {
    }

    public Optional<EmailMessage> find(long id) {
        return dsl.selectFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.ID.eq(id)).fetchOptional(EmailMessages::message);
    }

    /** The message {@code id} as received, its email's links and its history, newest first; empty if none. */
    public Optional<MessageDetail> detail(long id) {
        return find(id).map(m -> {
            Long emailId = m.emailId() != 0 ? Long.valueOf(m.emailId()) : dsl.select(MARKETING_EMAIL.ID)
                    .from(MARKETING_EMAIL).where(MARKETING_EMAIL.NAME.eq(m.emailName())).fetchOne(MARKETING_EMAIL.ID);
            MessagePreview preview = emailId == null ? null
                    : previews.email(emailId, m.contactId()).orElse(null);
            List<MessageDetail.Link> links = emailId == null ? List.of() : dsl.select(EMAIL_LINK.LABEL, EMAIL_LINK.URL)
                    .from(EMAIL_LINK).where(EMAIL_LINK.EMAIL_ID.eq(emailId)).orderBy(EMAIL_LINK.ID)
                    .fetch(r -> new MessageDetail.Link(r.value1(), r.value2()));
            return new MessageDetail(m, preview, links, history(id));
        });
    }

    /** The message's interactions, newest first, each with its device type (derived, see {@link DeviceTypes}). */
    List<MessageEvent> history(long id) {
        List<MessageEvent> oldestFirst = dsl.select(INTERACTION.ID, INTERACTION.OCCURRED_AT, INTERACTION.SUBTYPE,
                        INTERACTION.DETAIL, INTERACTION.URL)
                .from(INTERACTION).where(INTERACTION.MESSAGE_ID.eq(id))
                .orderBy(INTERACTION.MESSAGE_ID, INTERACTION.OCCURRED_AT, INTERACTION.ID)
                .fetch(r -> new MessageEvent(r.value1(), r.value2(), r.value3(), "", r.value4(), r.value5()));
        List<MessageEvent> newestFirst = new ArrayList<>(devices.assign(oldestFirst));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The status and sending-day filters of {@code query}. */
    static Condition filters(MessageQuery query) {
        Condition where = DSL.noCondition();
        if (query.state() != null) {
            where = where.and(EMAIL_MESSAGE.STATUS.eq(query.state().name()));
        }
        if (query.sentFrom() != null) {
            where = where.and(EMAIL_MESSAGE.SENT_AT.ge(query.sentFrom().atStartOfDay()));
        }
        if (query.sentTo() != null) {
            where = where.and(EMAIL_MESSAGE.SENT_AT.lt(query.sentTo().plusDays(1).atStartOfDay()));
        }
        return where;
    }

    /**
     * The sort column alone, so that H2 reads that column's index forwards or backwards and stops after the page
     * ("index sorted"); an explicit id tie-break would make it sort every group of equal values (all the messages
     * with 0 clicks) instead. Ties come out in the index's row-key order, which is the id, in the same direction, so
     * pages do not overlap. Sorting by status, or filtering by one with the default sort, reads (status, sent).
     */
    static List<SortField<?>> order(MessageQuery query) {
        List<SortField<?>> order = new ArrayList<>();
        if (query.sort() == MessageSort.STATUS || query.state() != null && query.sort() == MessageSort.SENT) {
            order.add(direction(EMAIL_MESSAGE.STATUS, query.descending()));
            order.add(direction(EMAIL_MESSAGE.SENT_AT, query.descending()));
        } else {
            order.add(direction(column(query.sort()), query.descending()));
        }
        return order;
    }

    private static Field<?> column(MessageSort sort) {
        return switch (sort) {
            case RECIPIENT -> EMAIL_MESSAGE.RECIPIENT;
            case EMAIL -> EMAIL_MESSAGE.EMAIL_NAME;
            case SENT -> EMAIL_MESSAGE.SENT_AT;
            case DELIVERED -> EMAIL_MESSAGE.DELIVERED_AT;
            case OPENS -> EMAIL_MESSAGE.OPENS;
            case LAST_OPENED -> EMAIL_MESSAGE.LAST_OPENED_AT;
            case ATTACHMENT_VIEWS -> EMAIL_MESSAGE.ATTACHMENT_VIEWS;
            case CLICKS -> EMAIL_MESSAGE.CLICKS;
            case REPLIES -> EMAIL_MESSAGE.REPLIES;
            case STATUS -> EMAIL_MESSAGE.STATUS;
        };
    }

    private static SortField<?> direction(Field<?> field, boolean descending) {
        return descending ? field.desc() : field.asc();
    }

    private static EmailMessage message(EmailMessageRecord r) {
        return new EmailMessage(r.getId(), r.getContactId() == null ? 0 : r.getContactId(), r.getRecipient(),
                r.getRecipientEmail(), r.getEmailId() == null ? 0 : r.getEmailId(), r.getEmailName(), r.getSentAt(),
                r.getDeliveredAt(), r.getBounced(), r.getOpens(), r.getLastOpenedAt(), r.getAttachmentViews(),
                r.getClicks(), r.getReplies());
    }
}
