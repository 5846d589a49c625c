package org.waymark.model.content;

/** A text message; its text may hold placeholders such as {@code {{firstName}}}. */
public record SmsMessage(long id, String name, String text, AssetStatus status) implements Asset {

    public SmsMessage {
        name = Strings.orEmpty(name);
        text = Strings.orEmpty(text);
    }

    @Override
    public AssetKind kind() {
        return AssetKind.SMS;
    }

    @Override
    public SmsMessage withId(long newId) {
        return new SmsMessage(newId, name, text, status);
    }

    @Override
    public SmsMessage withStatus(AssetStatus newStatus) {
        return new SmsMessage(id, name, text, newStatus);
    }
}
