package org.waymark.engine.behaviour;

/** One thing a contact did at a moment: {@code what} is the link label or attachment file name, {@code at} an epoch second. */
public record TimedEvent(String what, long at) {
}
