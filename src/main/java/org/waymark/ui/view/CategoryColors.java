package org.waymark.ui.view;

import org.waymark.model.tile.TileCategory;

/**
 * The light theme's canvas colours (theme-light.css: {@code -wm-targets} and its tint, and so on) as hex strings,
 * for the SVG pictures, which are always light. Keep them equal to the light palette. On screen, the minimap takes
 * the current theme's colours from the stylesheet.
 */
public final class CategoryColors {

    public static final String CANVAS = "#f1f4f8";
    public static final String LINE = "#d5dbe3";
    public static final String CONNECTOR = "#7b8794";
    public static final String TEXT = "#1f2933";
    public static final String MUTED = "#4a5563";
    public static final String LANE_TEXT = "#334155";
    public static final String END_BORDER = "#9aa5b1";
    public static final String NESTED_FILL = "#f8fafc";

    private CategoryColors() {
    }

    /** The strong colour: the band on the tile's left edge and its icon. */
    public static String band(TileCategory category) {
        return switch (category) {
            case TARGETS -> "#1d4ed8";
            case CHANNELS -> "#0f766e";
            case FLOW -> "#b45309";
            case ACTIONS -> "#7e22ce";
            case CONTENT -> "#be185d";
        };
    }

    /** The light colour behind the icon. */
    public static String tint(TileCategory category) {
        return switch (category) {
            case TARGETS -> "#dbeafe";
            case CHANNELS -> "#ccfbf1";
            case FLOW -> "#fef3c7";
            case ACTIONS -> "#f3e8ff";
            case CONTENT -> "#fce7f3";
        };
    }
}
