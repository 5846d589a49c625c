package org.waymark.model.tile;

/**
 * One condition of a trigger: the tile it watches ({@code source}, a tile id earlier in the pipeline), what
 * must happen, and for {@link TriggerCondition#CLICKED_LINK} which link (its label in the email).
 */
public record TriggerRule(String source, TriggerCondition condition, String link) {
}
