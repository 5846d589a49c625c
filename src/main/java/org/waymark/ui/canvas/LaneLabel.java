package org.waymark.ui.canvas;

/** The label at the head of a lane of a trigger or splitter, e.g. "True" or "Text message (50 %)". */
public record LaneLabel(String text, Box box) {
}
