package org.waymark.engine;

/**
 * A lead a create-lead tile made at {@code at} (epoch second). A lead made once per account has no contact
 * ({@link org.waymark.model.interaction.InteractionBatch#NONE}).
 */
public record CreatedLead(long contactId, long accountId, String topic, long at, String tileId) {
}
