package org.waymark.model.content;

/**
 * A marketing asset a journey tile can point at by name: an email, text message, push notification, form, page or
 * event. {@code id} is 0 for one not stored yet.
 */
public sealed interface Asset permits MarketingEmail, SmsMessage, PushMessage, MarketingForm, MarketingPage,
        MarketingEvent {

    AssetKind kind();

    long id();

    String name();

    AssetStatus status();

    /** The same asset under the id the store gave it. */
    Asset withId(long newId);

    /** The same asset, published or back to draft. */
    Asset withStatus(AssetStatus newStatus);
}
