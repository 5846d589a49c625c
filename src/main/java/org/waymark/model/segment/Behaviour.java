package org.waymark.model.segment;

import org.waymark.model.content.AssetKind;
import org.waymark.model.interaction.InteractionType;

/** What a contact did that a {@link BehaviourRule} looks for: an interaction's type and subtype, on an asset. */
public enum Behaviour {
    EMAIL_OPENED("emailOpened", "Opened email", InteractionType.EMAIL, "opened", AssetKind.EMAIL),
    EMAIL_CLICKED("emailClicked", "Clicked a link in email", InteractionType.EMAIL, "clicked", AssetKind.EMAIL),
    EMAIL_REPLIED("emailReplied", "Replied to email", InteractionType.EMAIL, "replied", AssetKind.EMAIL),
    FORM_SUBMITTED("formSubmitted", "Submitted form", InteractionType.FORM, "submitted", AssetKind.MARKETING_FORM),
    PAGE_VISITED("pageVisited", "Visited page", InteractionType.WEB, "visited", AssetKind.MARKETING_PAGE),
    EVENT_REGISTERED("eventRegistered", "Registered for event", InteractionType.EVENT, "registered", AssetKind.EVENT),
    EVENT_ATTENDED("eventAttended", "Attended event", InteractionType.EVENT, "attended", AssetKind.EVENT);

    private final String key;
    private final String label;
    private final InteractionType type;
    private final String subtype;
    private final AssetKind assetKind;

    Behaviour(String key, String label, InteractionType type, String subtype, AssetKind assetKind) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.subtype = subtype;
        this.assetKind = assetKind;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public InteractionType type() {
        return type;
    }

    public String subtype() {
        return subtype;
    }

    /** The kind of asset the behaviour is about, for the asset picker. */
    public AssetKind assetKind() {
        return assetKind;
    }

    public static java.util.Optional<Behaviour> ofKey(String key) {
        return QueryKeys.find(values(), Behaviour::key, key);
    }
}
