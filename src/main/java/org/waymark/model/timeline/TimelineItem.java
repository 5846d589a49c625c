package org.waymark.model.timeline;

import java.time.LocalDateTime;
import org.waymark.model.interaction.InteractionType;

/**
 * One interaction on a timeline, as stored: what happened ({@code type}, {@code subtype}), when (UTC), the asset it
 * concerns ({@code assetKind} "email", "sms", "push", "form", "page", "event" or null, its id and name), a detail
 * line, a web address, where the row came from ({@code source}), and whose it is ({@code contactName} is empty for
 * an activity mapped to the account only).
 */
public record TimelineItem(long id, long contactId, String contactName, InteractionType type, String subtype,
                           LocalDateTime occurredAt, String assetKind, long assetId, String assetName, String detail,
                           String url, String source) {

    public TimelineItem {
        contactName = contactName == null ? "" : contactName;
        assetName = assetName == null ? "" : assetName;
        detail = detail == null ? "" : detail;
        url = url == null ? "" : url;
    }

    public boolean hasContact() {
        return contactId != 0;
    }

    public boolean hasUrl() {
        return !url.isBlank();
    }

    /** True for an email, text message or push notification, whose message can be previewed. */
    public boolean isMessage() {
        return assetId != 0 && ("email".equals(assetKind) || "sms".equals(assetKind) || "push".equals(assetKind));
    }
}
