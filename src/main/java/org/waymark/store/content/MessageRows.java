package org.waymark.store.content;

import static org.waymark.store.schema.Tables.PUSH_NOTIFICATION;
import static org.waymark.store.schema.Tables.SMS_MESSAGE;

import java.util.Optional;
import org.jooq.DSLContext;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.PushMessage;
import org.waymark.model.content.SmsMessage;

/** The short channels: text messages and push notifications. */
final class MessageRows {

    private MessageRows() {
    }

    static final class Sms extends AssetRows {
        Sms() {
            super(AssetKind.SMS, SMS_MESSAGE, SMS_MESSAGE.ID, SMS_MESSAGE.NAME, SMS_MESSAGE.STATUS);
        }

        @Override
        Optional<Asset> find(DSLContext dsl, long id) {
            return dsl.selectFrom(SMS_MESSAGE).where(SMS_MESSAGE.ID.eq(id)).fetchOptional()
                    .map(r -> new SmsMessage(r.getId(), r.getName(), r.getTextBody(), status(r.getStatus())));
        }

        @Override
        long insert(DSLContext dsl, Asset asset) {
            SmsMessage sms = (SmsMessage) asset;
            return dsl.insertInto(SMS_MESSAGE).set(SMS_MESSAGE.NAME, sms.name()).set(SMS_MESSAGE.TEXT_BODY, sms.text())
                    .set(SMS_MESSAGE.STATUS, sms.status().name()).returningResult(SMS_MESSAGE.ID).fetchOne().value1();
        }

        @Override
        void update(DSLContext dsl, Asset asset) {
            SmsMessage sms = (SmsMessage) asset;
            dsl.update(SMS_MESSAGE).set(SMS_MESSAGE.NAME, sms.name()).set(SMS_MESSAGE.TEXT_BODY, sms.text())
                    .set(SMS_MESSAGE.STATUS, sms.status().name()).where(SMS_MESSAGE.ID.eq(sms.id())).execute();
        }
    }

    static final class Push extends AssetRows {
        Push() {
            super(AssetKind.PUSH_NOTIFICATION, PUSH_NOTIFICATION, PUSH_NOTIFICATION.ID, PUSH_NOTIFICATION.NAME,
                    PUSH_NOTIFICATION.STATUS);
        }

        @Override
        Optional<Asset> find(DSLContext dsl, long id) {
            return dsl.selectFrom(PUSH_NOTIFICATION).where(PUSH_NOTIFICATION.ID.eq(id)).fetchOptional()
                    .map(r -> new PushMessage(r.getId(), r.getName(), r.getTitle(), r.getTextBody(),
                            status(r.getStatus())));
        }

        @Override
        long insert(DSLContext dsl, Asset asset) {
            PushMessage push = (PushMessage) asset;
            return dsl.insertInto(PUSH_NOTIFICATION).set(PUSH_NOTIFICATION.NAME, push.name())
                    .set(PUSH_NOTIFICATION.TITLE, push.title()).set(PUSH_NOTIFICATION.TEXT_BODY, push.text())
                    .set(PUSH_NOTIFICATION.STATUS, push.status().name())
                    .returningResult(PUSH_NOTIFICATION.ID).fetchOne().value1();
        }

        @Override
        void update(DSLContext dsl, Asset asset) {
            PushMessage push = (PushMessage) asset;
            dsl.update(PUSH_NOTIFICATION).set(PUSH_NOTIFICATION.NAME, push.name())
                    .set(PUSH_NOTIFICATION.TITLE, push.title()).set(PUSH_NOTIFICATION.TEXT_BODY, push.text())
                    .set(PUSH_NOTIFICATION.STATUS, push.status().name())
                    .where(PUSH_NOTIFICATION.ID.eq(push.id())).execute();
        }
    }
}
