package org.waymark.ui.timeline;

import java.util.Map;
import javafx.scene.shape.SVGPath;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.tile.TileType;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.canvas.TileIcons;

/** The icon of each interaction type: the canvas icon of the tile that makes such interactions. */
final class TimelineIcons {

    private static final Map<InteractionType, TileType> TILES = Map.of(
            InteractionType.EMAIL, TileType.EMAIL, InteractionType.SMS, TileType.SMS,
            InteractionType.PUSH, TileType.PUSH_NOTIFICATION, InteractionType.WEB, TileType.MARKETING_PAGE,
            InteractionType.FORM, TileType.MARKETING_FORM, InteractionType.EVENT, TileType.EVENT,
            InteractionType.ACTIVITY, TileType.ACTIVITY);

    private final TileIcons icons = new TileIcons();

    SVGPath of(InteractionType type) {
        SVGPath icon = icons.icon(TILES.get(type));
        icon.getStyleClass().add(StyleClass.TIMELINE_ICON);
        return icon;
    }

    /** The style class naming the type's colour: "timeline-email", "timeline-activity". */
    static String styleOf(InteractionType type) {
        return switch (type) {
            case EMAIL -> StyleClass.TIMELINE_EMAIL;
            case SMS -> StyleClass.TIMELINE_SMS;
            case PUSH -> StyleClass.TIMELINE_PUSH;
            case WEB -> StyleClass.TIMELINE_WEB;
            case FORM -> StyleClass.TIMELINE_FORM;
            case EVENT -> StyleClass.TIMELINE_EVENT;
            case ACTIVITY -> StyleClass.TIMELINE_ACTIVITY;
        };
    }
}
