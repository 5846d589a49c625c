package org.waymark.engine.behaviour;

/** What a contact did on a page, form or event after a click; each time is an epoch second or {@code -1}. */
public record ContentResponse(long visitedAt, long submittedAt, long registeredAt, long attendedAt) {
}
