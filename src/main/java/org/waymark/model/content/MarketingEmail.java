package org.waymark.model.content;

import java.util.List;

/**
 * A marketing email: its subject, preheader (the line mail programs show after the subject) and body (simple HTML
 * with placeholders such as {@code {{firstName}}}), its links and attachments in order.
 */
public record MarketingEmail(long id, String name, String subject, String preheader, String body, AssetStatus status,
                             List<EmailLink> links, List<EmailAttachment> attachments) implements Asset {

    public MarketingEmail {
        name = Strings.orEmpty(name);
        subject = Strings.orEmpty(subject);
        preheader = Strings.orEmpty(preheader);
        body = Strings.orEmpty(body);
        links = List.copyOf(links);
        attachments = List.copyOf(attachments);
    }

    /** A new draft with only a name. */
    public static MarketingEmail draft(String name) {
        return new MarketingEmail(0, name, "", "", "", AssetStatus.DRAFT, List.of(), List.of());
    }

    @Override
    public AssetKind kind() {
        return AssetKind.EMAIL;
    }

    @Override
    public MarketingEmail withId(long newId) {
        return new MarketingEmail(newId, name, subject, preheader, body, status, links, attachments);
    }

    @Override
    public MarketingEmail withStatus(AssetStatus newStatus) {
        return new MarketingEmail(id, name, subject, preheader, body, newStatus, links, attachments);
    }
}
