package org.waymark.engine;

/**
 * A business workflow a launch-workflow tile started; one started once per account has no contact
 * ({@link org.waymark.model.interaction.InteractionBatch#NONE}).
 */
public record WorkflowRun(long contactId, long accountId, String workflow, long at, String tileId) {
}
