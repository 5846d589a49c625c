package org.waymark.model.timeline;

import java.time.LocalDateTime;
import org.waymark.model.interaction.InteractionType;

/**
 * One interaction on a timeline, as stored: what happened ({@code type}, {@code subtype}), when (UTC), the asset it
 * concerns ({@code assetKind} "email", "sms", "push", "form", "page", "event" or null, its id and name), a detail
 * line, a web address, where the row came from ({@code source}), whose it is ({@code contactName} is empty for
 * an activity mapped to the account only) and, for one a simulation saved, the journey simulated
 * ({@code simulatedIn}) and the name its tile had in that run ({@code simulatedAt}; empty when not recorded).
 */
public record TimelineItem(long id, long contactId, String contactName, InteractionType type, String subtype,
                           LocalDateTime occurredAt, String assetKind, long assetId, String assetName, String detail,
                           String url, String source, String simulatedIn, String simulatedAt) {

    /** The source of the interactions a simulation saved. */
    public static final String SIMULATION = "simulation";

    public TimelineItem {
        simulatedIn = simulatedIn == null ? "" : simulatedIn;
        simulatedAt = simulatedAt == null ? "" : simulatedAt;
        contactName = contactName == null ? "" : contactName;
        assetName = assetName == null ? "" : assetName;
        detail = detail == null ? "" : detail;
        url = url == null ? "" : url;
    }

    /** True for an interaction a simulation saved, not one that happened. */
    public boolean isSimulated() {
        return SIMULATION.equals(source);
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
