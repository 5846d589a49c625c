package org.waymark.ui.timeline;

import java.util.Map;
import java.util.Optional;
import javafx.scene.shape.SVGPath;
import org.waymark.ui.appearance.StyleClass;

/**
 * The icons an activity definition may name (cart, list, phone, star, gift, calendar, note), drawn on a 16-unit grid
 * like the tile icons, so an order, a call or a review reads at a glance on the timeline.
 */
final class ActivityIcons {

    static final Map<String, String> PATHS = Map.of(
            "cart", "M1 2h2.2l.5 2H15l-1.6 6H5.1l.3 1.2H13v1.3H4.4L2.2 3.3H1zM5 14a1.2 1.2 0 1 0 2.4 0A1.2 1.2 0 0 0 5 14z"
                    + "m6 0a1.2 1.2 0 1 0 2.4 0 1.2 1.2 0 0 0-2.4 0z",
            "list", "M2 3h2v2H2zm4 0h8v2H6zM2 7h2v2H2zm4 0h8v2H6zM2 11h2v2H2zm4 0h8v2H6z",
            "phone", "M4.2 1.5 6.5 4 5.3 5.8a8.5 8.5 0 0 0 4.9 4.9L12 9.5l2.5 2.3-1.3 2.4c-6.4-.3-11.6-5.5-11.9-11.9z",
            "star", "M8 1.2l2 4.3 4.7.6-3.4 3.2.9 4.7L8 11.7 3.8 14l.9-4.7L1.3 6.1 6 5.5z",
            "gift", "M2 6h12v3H2zm1 3h10v6H3zm4-3h2v9H7zM8 6C6 2 3.5 3 4.5 4.6 5.2 5.6 8 6 8 6zm0 0c2-4 4.5-3 3.5-1.4"
                    + "C10.8 5.6 8 6 8 6z",
            "calendar", "M2 3h12v11H2zm1.5 3.5v6h9v-6zM4 1.5h1.5V4H4zm6.5 0H12V4h-1.5z",
            "note", "M3 1.5h7l3 3v10H3zm1.5 1.5v10h7V5.2H9.5V3zM5.5 7h5v1.2h-5zm0 2.5h5v1.2h-5z");

    Optional<SVGPath> of(String name) {
        String path = name == null ? null : PATHS.get(name);
        if (path == null) {
            return Optional.empty();
        }
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add(StyleClass.TIMELINE_ICON);
        return Optional.of(icon);
    }
}
