package org.waymark.ui.engagement;

/** A line of an opened message's history: when, what happened (with the link or file), and on which device. */
public record MessageEventRow(String when, String what, String device) {
}
