package org.waymark.ui.canvas;

import java.util.List;

/**
 * How tall the band of count badges under a card's header must be: the badges are laid in rows as wide as the
 * card's text, from an estimate of each badge's width that errs on the wide side (bold 11 px digits and letters,
 * at most 7 px each, plus the badge's padding and gap), so that no badge is ever cut.
 */
final class BadgeRows {

    static final double ROW = 22;
    static final double PADDING = 8;
    private static final double CHARACTER = 7;
    private static final double BADGE_EXTRA = 10 + 4;
    private static final double ROOM = PipelineLayout.TILE_WIDTH - 2 * PipelineLayout.NESTED_PADDING - 24;

    private BadgeRows() {
    }

    /** The band's height for {@code badges} on a card ({@code nested}: a narrower one); 0 without badges. */
    static double band(List<TileBadge> badges, boolean nested) {
        if (badges.isEmpty()) {
            return 0;
        }
        double room = nested ? ROOM - 2 * PipelineLayout.NESTED_PADDING : ROOM;
        int rows = 1;
        double used = 0;
        for (TileBadge badge : badges) {
            double width = Math.min(room, badge.text().length() * CHARACTER + BADGE_EXTRA);
            if (used > 0 && used + width > room) {
                rows++;
                used = 0;
            }
            used += width;
        }
        return rows * ROW + PADDING;
    }
}
