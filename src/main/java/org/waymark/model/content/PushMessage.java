package org.waymark.model.content;

/** A push notification: a title and a text, either may hold placeholders. */
public record PushMessage(long id, String name, String title, String text, AssetStatus status) implements Asset {

    public PushMessage {
        name = Strings.orEmpty(name);
        title = Strings.orEmpty(title);
        text = Strings.orEmpty(text);
    }

    @Override
    public AssetKind kind() {
        return AssetKind.PUSH_NOTIFICATION;
    }

    @Override
    public PushMessage withId(long newId) {
        return new PushMessage(newId, name, title, text, status);
    }

    @Override
    public PushMessage withStatus(AssetStatus newStatus) {
        return new PushMessage(id, name, title, text, newStatus);
    }
}
