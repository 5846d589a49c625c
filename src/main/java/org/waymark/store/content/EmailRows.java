package org.waymark.store.content;

import static org.waymark.store.schema.Tables.EMAIL_ATTACHMENT;
import static org.waymark.store.schema.Tables.EMAIL_LINK;
import static org.waymark.store.schema.Tables.MARKETING_EMAIL;

import java.util.Optional;
import org.jooq.DSLContext;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.EmailAttachment;
import org.waymark.model.content.EmailLink;
import org.waymark.model.content.MarketingEmail;

/** Marketing emails with their links and attachments; a save rewrites the children in the order given. */
final class EmailRows extends AssetRows {

    EmailRows() {
        super(AssetKind.EMAIL, MARKETING_EMAIL, MARKETING_EMAIL.ID, MARKETING_EMAIL.NAME, MARKETING_EMAIL.STATUS);
    }

    @Override
    Optional<Asset> find(DSLContext dsl, long id) {
        return dsl.selectFrom(MARKETING_EMAIL).where(MARKETING_EMAIL.ID.eq(id)).fetchOptional().map(e ->
                new MarketingEmail(e.getId(), e.getName(), e.getSubject(), e.getPreheader(), e.getBody(),
                        status(e.getStatus()),
                        dsl.selectFrom(EMAIL_LINK).where(EMAIL_LINK.EMAIL_ID.eq(id)).orderBy(EMAIL_LINK.ID)
                                .fetch(l -> new EmailLink(l.getLabel(), l.getUrl(), l.getFollowed())),
                        dsl.selectFrom(EMAIL_ATTACHMENT).where(EMAIL_ATTACHMENT.EMAIL_ID.eq(id))
                                .orderBy(EMAIL_ATTACHMENT.ID)
                                .fetch(a -> new EmailAttachment(a.getFileName(), a.getFollowed()))));
    }

    @Override
    long insert(DSLContext dsl, Asset asset) {
        MarketingEmail email = (MarketingEmail) asset;
        long id = dsl.insertInto(MARKETING_EMAIL)
                .set(MARKETING_EMAIL.NAME, email.name()).set(MARKETING_EMAIL.SUBJECT, email.subject())
                .set(MARKETING_EMAIL.PREHEADER, email.preheader()).set(MARKETING_EMAIL.BODY, email.body())
                .set(MARKETING_EMAIL.STATUS, email.status().name())
                .returningResult(MARKETING_EMAIL.ID).fetchOne().value1();
        children(dsl, id, email);
        return id;
    }

    @Override
    void update(DSLContext dsl, Asset asset) {
        MarketingEmail email = (MarketingEmail) asset;
        dsl.update(MARKETING_EMAIL)
                .set(MARKETING_EMAIL.NAME, email.name()).set(MARKETING_EMAIL.SUBJECT, email.subject())
                .set(MARKETING_EMAIL.PREHEADER, email.preheader()).set(MARKETING_EMAIL.BODY, email.body())
                .set(MARKETING_EMAIL.STATUS, email.status().name())
                .where(MARKETING_EMAIL.ID.eq(email.id())).execute();
        dsl.deleteFrom(EMAIL_LINK).where(EMAIL_LINK.EMAIL_ID.eq(email.id())).execute();
        dsl.deleteFrom(EMAIL_ATTACHMENT).where(EMAIL_ATTACHMENT.EMAIL_ID.eq(email.id())).execute();
        children(dsl, email.id(), email);
    }

    private static void children(DSLContext dsl, long id, MarketingEmail email) {
        for (EmailLink link : email.links()) {
            dsl.insertInto(EMAIL_LINK, EMAIL_LINK.EMAIL_ID, EMAIL_LINK.LABEL, EMAIL_LINK.URL, EMAIL_LINK.FOLLOWED)
                    .values(id, link.label(), link.url(), link.followed()).execute();
        }
        for (EmailAttachment file : email.attachments()) {
            dsl.insertInto(EMAIL_ATTACHMENT, EMAIL_ATTACHMENT.EMAIL_ID, EMAIL_ATTACHMENT.FILE_NAME,
                    EMAIL_ATTACHMENT.FOLLOWED).values(id, file.fileName(), file.followed()).execute();
        }
    }
}
