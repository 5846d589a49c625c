package org.waymark.engine;

import java.util.List;
import org.waymark.model.interaction.InteractionType;

/**
 * A channel a message tile sends by: what the behaviour model calls it, the interaction type and asset kind
 * its rows carry, and which responses it records, in report order.
 */
enum Channel {
    EMAIL("EMAIL", InteractionType.EMAIL, "email",
            List.of(Response.SENT, Response.DELIVERED, Response.BOUNCED, Response.OPENED, Response.CLICKED,
                    Response.ATTACHMENT_VIEWED, Response.REPLIED, Response.UNSUBSCRIBED)),
    SMS("SMS", InteractionType.SMS, "sms", List.of(Response.SENT, Response.DELIVERED, Response.CLICKED)),
    PUSH("PUSH", InteractionType.PUSH, "push", List.of(Response.SENT, Response.DELIVERED, Response.OPENED));

    /** What a contact can do with a message; {@link #subtype()} is the interaction subtype. */
    enum Response {
        SENT("sent"), DELIVERED("delivered"), BOUNCED("bounced"), OPENED("opened"), CLICKED("clicked"),
        ATTACHMENT_VIEWED("attachmentViewed"), REPLIED("replied"), UNSUBSCRIBED("unsubscribed");

        private final String subtype;

        Response(String subtype) {
            this.subtype = subtype;
        }

        String subtype() {
            return subtype;
        }
    }

    private final String modelName;
    private final InteractionType type;
    private final String assetKind;
    private final List<Response> responses;

    Channel(String modelName, InteractionType type, String assetKind, List<Response> responses) {
        this.modelName = modelName;
        this.type = type;
        this.assetKind = assetKind;
        this.responses = responses;
    }

    String modelName() {
        return modelName;
    }

    InteractionType type() {
        return type;
    }

    String assetKind() {
        return assetKind;
    }

    /** The responses recorded on this channel, in the order of the tile's counts. */
    List<Response> responses() {
        return responses;
    }

    /** The count key index of {@code response}, or -1 when this channel does not record it. */
    int key(Response response) {
        return responses.indexOf(response);
    }
}
