package org.waymark.ui.canvas;

/** Marks a lane without tiles: contacts sent down it leave the journey there. */
public record EndMarker(Box box) {
}
