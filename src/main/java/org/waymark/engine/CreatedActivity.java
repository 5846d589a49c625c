package org.waymark.engine;

/**
 * A task, phone call or appointment an activity tile made; {@code kind} is the tile's activity kind ("TASK",
 * "PHONE_CALL", "APPOINTMENT"). One made once per account has no contact
 * ({@link org.waymark.model.interaction.InteractionBatch#NONE}).
 */
public record CreatedActivity(long contactId, long accountId, String kind, String subject, long at, String tileId) {
}
