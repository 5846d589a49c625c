package org.waymark.store;

import static org.waymark.store.schema.Tables.EMAIL_ATTACHMENT;
import static org.waymark.store.schema.Tables.EMAIL_LINK;
import static org.waymark.store.schema.Tables.MARKETING_EMAIL;
import static org.waymark.store.schema.Tables.MARKETING_EVENT;
import static org.waymark.store.schema.Tables.MARKETING_FORM;
import static org.waymark.store.schema.Tables.MARKETING_PAGE;
import static org.waymark.store.schema.Tables.PUSH_NOTIFICATION;
import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SMS_MESSAGE;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.store.content.ContentRepository;

/** The store's marketing assets and segments, by name, for the designer's pickers. */
public final class AssetRepository implements AssetCatalog {

    private final DSLContext dsl;
    private final ContentRepository content;

    public AssetRepository(Store store) {
        this.dsl = store.dsl();
        this.content = new ContentRepository(store);
    }

    /** Drafts and published assets as stored; segments and subscription lists have no status: published when present. */
    @Override
    public Optional<AssetStatus> status(AssetKind kind, String name) {
        if (kind == AssetKind.SEGMENT || kind == AssetKind.SUBSCRIPTION_LIST) {
            return names(kind).contains(name) ? Optional.of(AssetStatus.PUBLISHED) : Optional.empty();
        }
        return content.status(kind, name);
    }

    @Override
    public List<String> names(AssetKind kind) {
        return switch (kind) {
            case EMAIL -> names(MARKETING_EMAIL, MARKETING_EMAIL.NAME);
            case SMS -> names(SMS_MESSAGE, SMS_MESSAGE.NAME);
            case PUSH_NOTIFICATION -> names(PUSH_NOTIFICATION, PUSH_NOTIFICATION.NAME);
            case MARKETING_FORM -> names(MARKETING_FORM, MARKETING_FORM.NAME);
            case MARKETING_PAGE -> names(MARKETING_PAGE, MARKETING_PAGE.NAME);
            case EVENT -> names(MARKETING_EVENT, MARKETING_EVENT.NAME);
            case SEGMENT -> dsl.select(SEGMENT.NAME).from(SEGMENT).where(SEGMENT.KIND.ne("SUBSCRIPTION_LIST"))
                    .orderBy(SEGMENT.NAME).fetch(SEGMENT.NAME);
            case SUBSCRIPTION_LIST -> dsl.select(SEGMENT.NAME).from(SEGMENT).where(SEGMENT.KIND.eq("SUBSCRIPTION_LIST"))
                    .orderBy(SEGMENT.NAME).fetch(SEGMENT.NAME);
        };
    }

    private List<String> names(Table<?> table, Field<String> name) {
        return dsl.select(name).from(table).orderBy(name).fetch(name);
    }

    @Override
    public List<String> emailLinks(String emailName) {
        return dsl.select(EMAIL_LINK.LABEL).from(EMAIL_LINK).join(MARKETING_EMAIL).on(MARKETING_EMAIL.ID.eq(EMAIL_LINK.EMAIL_ID))
                .where(MARKETING_EMAIL.NAME.eq(emailName)).orderBy(EMAIL_LINK.ID).fetch(EMAIL_LINK.LABEL);
    }

    @Override
    public List<String> followedEmailLinks(String emailName) {
        return dsl.select(EMAIL_LINK.LABEL).from(EMAIL_LINK).join(MARKETING_EMAIL)
                .on(MARKETING_EMAIL.ID.eq(EMAIL_LINK.EMAIL_ID))
                .where(MARKETING_EMAIL.NAME.eq(emailName).and(EMAIL_LINK.FOLLOWED.isTrue())).orderBy(EMAIL_LINK.ID)
                .fetch(EMAIL_LINK.LABEL);
    }

    @Override
    public List<String> followedEmailAttachments(String emailName) {
        return dsl.select(EMAIL_ATTACHMENT.FILE_NAME).from(EMAIL_ATTACHMENT).join(MARKETING_EMAIL)
                .on(MARKETING_EMAIL.ID.eq(EMAIL_ATTACHMENT.EMAIL_ID))
                .where(MARKETING_EMAIL.NAME.eq(emailName).and(EMAIL_ATTACHMENT.FOLLOWED.isTrue()))
                .orderBy(EMAIL_ATTACHMENT.ID).fetch(EMAIL_ATTACHMENT.FILE_NAME);
    }

    @Override
    public void createEmail(String name, String subject) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Give the new email a name");
        }
        dsl.transaction(tx -> {
            if (tx.dsl().fetchExists(MARKETING_EMAIL, MARKETING_EMAIL.NAME.eq(trimmed))) {
                throw new IllegalArgumentException("An email named '" + trimmed + "' already exists");
            }
            tx.dsl().insertInto(MARKETING_EMAIL, MARKETING_EMAIL.NAME, MARKETING_EMAIL.SUBJECT, MARKETING_EMAIL.STATUS)
                    .values(trimmed, subject == null || subject.isBlank() ? trimmed : subject.trim(), "DRAFT").execute();
        });
    }
}
