package org.waymark.store.engagement;

import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.EMAIL_MESSAGE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.waymark.model.engagement.MessageState;

/**
 * Turns email interactions, in the order they are written, into email messages (decision 0010): a "sent" starts a
 * message of that contact and email, every later interaction of the same contact and email belongs to the latest
 * one. {@link #add} gives each interaction its message id (for {@code interaction.message_id}) and keeps the
 * message's counts; {@link #write} then inserts one {@code email_message} row per message, with the recipient's
 * name and address read from the contact as it is now. One log serves one writer: one source, one run.
 */
public final class EmailMessageLog {

    private static final int BATCH = 5_000;
    private static final String INSERT = insert();

    private final String source;
    private final String runId;
    private final Map<Key, Message> latest = new HashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private long nextId;

    /** A log whose first message takes id {@code firstId} (see {@link #nextId}). */
    public EmailMessageLog(long firstId, String source, String runId) {
        this.nextId = firstId;
        this.source = source;
        this.runId = runId;
    }

    /** The id after the highest message id in the store. */
    public static long nextId(DSLContext dsl) {
        Long max = dsl.select(DSL.max(EMAIL_MESSAGE.ID)).from(EMAIL_MESSAGE).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    /**
     * Takes one email interaction of {@code contactId} (null: none) about the email {@code emailId} (null when it has
     * no stored id) named {@code emailName}; returns the id of the message it belongs to, or null when it belongs to
     * none (no contact, or nothing sent to them before).
     */
    public Long add(Long contactId, Long accountId, Long emailId, String emailName, String subtype, LocalDateTime at) {
        if (contactId == null) {
            return null;
        }
        Key key = new Key(contactId, emailId, emailName);
        if ("sent".equals(subtype)) {
            Message m = new Message(nextId++, contactId, accountId, emailId, emailName, at);
            latest.put(key, m);
            messages.add(m);
            return m.id;
        }
        Message m = latest.get(key);
        if (m == null) {
            return null;
        }
        switch (subtype) {
            case "delivered" -> m.deliveredAt = m.deliveredAt == null || at.isBefore(m.deliveredAt) ? at : m.deliveredAt;
            case "bounced" -> m.bounced = true;
            case "opened" -> {
                m.opens++;
                m.lastOpenedAt = m.lastOpenedAt == null || at.isAfter(m.lastOpenedAt) ? at : m.lastOpenedAt;
            }
            case "attachmentViewed" -> m.views++;
            case "clicked" -> m.clicks++;
            case "replied" -> m.replies++;
            default -> { }
        }
        return m.id;
    }

    /** How many messages the log holds. */
    public int size() {
        return messages.size();
    }

    /** Inserts every message through {@code connection}, in the caller's transaction; returns how many. */
    public int write(Connection connection) throws SQLException {
        try (PreparedStatement row = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (Message m : messages) {
                int i = 1;
                row.setLong(i++, m.id);
                row.setLong(i++, m.contactId);
                setLong(row, i++, m.accountId);
                row.setLong(i++, m.contactId);
                row.setLong(i++, m.contactId);
                setLong(row, i++, m.emailId);
                row.setString(i++, m.emailName == null ? "" : m.emailName);
                row.setObject(i++, m.sentAt);
                row.setObject(i++, m.deliveredAt);
                row.setBoolean(i++, m.bounced);
                row.setInt(i++, m.opens);
                row.setObject(i++, m.lastOpenedAt);
                row.setInt(i++, m.views);
                row.setInt(i++, m.clicks);
                row.setInt(i++, m.replies);
                row.setString(i++, MessageState.of(m.deliveredAt != null, m.bounced, m.opens, m.replies).name());
                row.setString(i++, source);
                row.setString(i, runId);
                row.addBatch();
                if (++pending == BATCH) {
                    row.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                row.executeBatch();
            }
        }
        return messages.size();
    }

    private static void setLong(PreparedStatement row, int index, Long value) throws SQLException {
        if (value == null) {
            row.setNull(index, Types.BIGINT);
        } else {
            row.setLong(index, value);
        }
    }

    /** The INSERT, rendered by jOOQ; the recipient's name and address come from the contact by scalar subqueries. */
    private static String insert() {
        Field<String> name = DSL.coalesce(DSL.field(DSL.select(DSL.trim(CONTACT.FIRST_NAME.concat(DSL.inline(" "))
                .concat(CONTACT.LAST_NAME))).from(CONTACT).where(CONTACT.ID.eq(DSL.val((Long) null)))), DSL.inline(""));
        Field<String> address = DSL.field(DSL.select(CONTACT.EMAIL).from(CONTACT)
                .where(CONTACT.ID.eq(DSL.val((Long) null))));
        return DSL.using(SQLDialect.H2).insertInto(EMAIL_MESSAGE, EMAIL_MESSAGE.ID, EMAIL_MESSAGE.CONTACT_ID,
                        EMAIL_MESSAGE.ACCOUNT_ID, EMAIL_MESSAGE.RECIPIENT, EMAIL_MESSAGE.RECIPIENT_EMAIL,
                        EMAIL_MESSAGE.EMAIL_ID, EMAIL_MESSAGE.EMAIL_NAME, EMAIL_MESSAGE.SENT_AT,
                        EMAIL_MESSAGE.DELIVERED_AT, EMAIL_MESSAGE.BOUNCED, EMAIL_MESSAGE.OPENS,
                        EMAIL_MESSAGE.LAST_OPENED_AT, EMAIL_MESSAGE.ATTACHMENT_VIEWS, EMAIL_MESSAGE.CLICKS,
                        EMAIL_MESSAGE.REPLIES, EMAIL_MESSAGE.STATUS, EMAIL_MESSAGE.SOURCE, EMAIL_MESSAGE.RUN_ID)
                .values(DSL.val((Long) null), DSL.val((Long) null), DSL.val((Long) null), name, address,
                        DSL.val((Long) null), DSL.val((String) null), DSL.val((LocalDateTime) null),
                        DSL.val((LocalDateTime) null), DSL.val((Boolean) null), DSL.val((Integer) null),
                        DSL.val((LocalDateTime) null), DSL.val((Integer) null), DSL.val((Integer) null),
                        DSL.val((Integer) null), DSL.val((String) null), DSL.val((String) null),
                        DSL.val((String) null))
                .getSQL();
    }

    private record Key(long contactId, Long emailId, String emailName) {
    }

    private static final class Message {
        final long id;
        final long contactId;
        final Long accountId;
        final Long emailId;
        final String emailName;
        final LocalDateTime sentAt;
        LocalDateTime deliveredAt;
        boolean bounced;
        int opens;
        LocalDateTime lastOpenedAt;
        int views;
        int clicks;
        int replies;

        Message(long id, long contactId, Long accountId, Long emailId, String emailName, LocalDateTime sentAt) {
            this.id = id;
            this.contactId = contactId;
            this.accountId = accountId;
            this.emailId = emailId;
            this.emailName = emailName;
            this.sentAt = sentAt;
        }
    }
}
