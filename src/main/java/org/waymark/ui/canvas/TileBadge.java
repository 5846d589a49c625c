package org.waymark.ui.canvas;

import java.util.List;
import java.util.stream.Collectors;
import org.waymark.ui.appearance.StyleClass;

/**
 * One count a tile card shows after a simulation, as a badge: its text ("285 sent"), what kind of count it is (its
 * colour) and a sentence that explains it, for the tooltip and screen readers ("285 contacts were sent the email").
 */
public record TileBadge(String text, Tone tone, String explanation) {

    /** Separates the badges when they are read as one line. */
    public static final String SEPARATOR = " · ";

    /** What kind of count a badge shows; each has its colour in canvas.css ({@link #styleClass()}). */
    public enum Tone {
        /** Contacts who reached or passed the tile. */
        FLOW,
        /** Contacts still at the tile when the simulated period ended. */
        WAITING,
        /** What contacts did there: opened, clicked, submitted, records created. */
        OUTCOME,
        /** A trigger's true path. */
        TRUE,
        /** A trigger's false path. */
        FALSE,
        /** A splitter's branch. */
        BRANCH,
        /** Contacts kept out of the journey or gone from it. */
        KEPT_OUT;

        public String styleClass() {
            return switch (this) {
                case FLOW -> StyleClass.BADGE_FLOW;
                case WAITING -> StyleClass.BADGE_WAITING;
                case OUTCOME -> StyleClass.BADGE_OUTCOME;
                case TRUE -> StyleClass.BADGE_TRUE;
                case FALSE -> StyleClass.BADGE_FALSE;
                case BRANCH -> StyleClass.BADGE_BRANCH;
                case KEPT_OUT -> StyleClass.BADGE_KEPT_OUT;
            };
        }
    }

    /** The badges as one line: "285 sent · 60 opened · 21 clicked". */
    public static String line(List<TileBadge> badges) {
        return badges.stream().map(TileBadge::text).collect(Collectors.joining(SEPARATOR));
    }

    /** The badges as a screen reader should hear them: each count with its explanation. */
    public static String spoken(List<TileBadge> badges) {
        return badges.stream().map(TileBadge::explanation).collect(Collectors.joining("; "));
    }
}
