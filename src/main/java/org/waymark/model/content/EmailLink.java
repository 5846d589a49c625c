package org.waymark.model.content;

/** A link of a marketing email; a followed link's clicks are tracked (triggers may wait for them). */
public record EmailLink(String label, String url, boolean followed) {

    public EmailLink {
        label = label == null ? "" : label;
        url = url == null ? "" : url;
    }
}
