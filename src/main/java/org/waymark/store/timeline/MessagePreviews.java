package org.waymark.store.timeline;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.MARKETING_EMAIL;
import static org.waymark.store.schema.Tables.PUSH_NOTIFICATION;
import static org.waymark.store.schema.Tables.SMS_MESSAGE;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.waymark.model.timeline.EmailEngagement;
import org.waymark.model.timeline.MessagePreview;
import org.waymark.model.timeline.MessageText;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.store.Store;

/**
 * The message behind a timeline item, personalised for the item's contact, and what that contact did with an
 * email. A message whose asset is gone gives no preview.
 */
public final class MessagePreviews {

    private final DSLContext dsl;
    private final MessageText text = new MessageText();

    public MessagePreviews(Store store) {
        this.dsl = store.dsl();
    }

    public Optional<MessagePreview> of(TimelineItem item) {
        if (!item.isMessage()) {
            return Optional.empty();
        }
        Map<String, String> fields = fieldsOf(item.contactId());
        return switch (item.assetKind()) {
            case "email" -> email(item.assetId(), fields);
            case "sms" -> dsl.selectFrom(SMS_MESSAGE).where(SMS_MESSAGE.ID.eq(item.assetId())).fetchOptional()
                    .map(s -> new MessagePreview("sms", "", "", text.personalise(s.getTextBody(), fields)));
            case "push" -> dsl.selectFrom(PUSH_NOTIFICATION).where(PUSH_NOTIFICATION.ID.eq(item.assetId()))
                    .fetchOptional().map(p -> new MessagePreview("push", text.personalise(p.getTitle(), fields), "",
                            text.personalise(p.getTextBody(), fields)));
            default -> Optional.empty();
        };
    }

    /** The stored email {@code emailId} as {@code contactId} received it; empty when it is gone. */
    public Optional<MessagePreview> email(long emailId, long contactId) {
        return email(emailId, fieldsOf(contactId));
    }

    private Optional<MessagePreview> email(long emailId, Map<String, String> fields) {
        return dsl.selectFrom(MARKETING_EMAIL).where(MARKETING_EMAIL.ID.eq(emailId)).fetchOptional()
                .map(e -> new MessagePreview("email", text.personalise(e.getSubject(), fields),
                        text.personalise(nullToEmpty(e.getPreheader()), fields),
                        text.htmlToText(text.personalise(nullToEmpty(e.getBody()), fields))));
    }

    /** Everything {@code contactId} did with the email {@code emailId}, newest first, with its counts. */
    public EmailEngagement engagement(long contactId, long emailId) {
        return EmailEngagement.of(dsl.select(TimelineRepository.COLUMNS)
                .from(INTERACTION).leftJoin(CONTACT).on(CONTACT.ID.eq(INTERACTION.CONTACT_ID))
                .where(INTERACTION.CONTACT_ID.eq(contactId))
                .and(INTERACTION.ASSET_KIND.eq("email")).and(INTERACTION.ASSET_ID.eq(emailId))
                .orderBy(INTERACTION.OCCURRED_AT.desc(), INTERACTION.ID.desc())
                .fetch(TimelineRepository::item));
    }

    /**
     * What each placeholder of {@code Placeholders.KNOWN} stands for with this contact ("" for an empty field); empty
     * when there is no such contact.
     */
    public Map<String, String> placeholderValues(long contactId) {
        return fieldsOf(contactId);
    }

    private Map<String, String> fieldsOf(long contactId) {
        Map<String, String> fields = new HashMap<>();
        Record r = dsl.select(CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL, CONTACT.CITY, CONTACT.JOB_TITLE,
                        ACCOUNT.NAME)
                .from(CONTACT).leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CONTACT.ACCOUNT_ID))
                .where(CONTACT.ID.eq(contactId)).fetchOne();
        if (r != null) {
            fields.put("firstName", nullToEmpty(r.get(CONTACT.FIRST_NAME)));
            fields.put("lastName", nullToEmpty(r.get(CONTACT.LAST_NAME)));
            fields.put("email", nullToEmpty(r.get(CONTACT.EMAIL)));
            fields.put("city", nullToEmpty(r.get(CONTACT.CITY)));
            fields.put("jobTitle", nullToEmpty(r.get(CONTACT.JOB_TITLE)));
            fields.put("account", nullToEmpty(r.get(ACCOUNT.NAME)));
        }
        return fields;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
