package org.waymark.ui.window;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.waymark.store.AppSettingsRepository;

/**
 * Which of the window's side panels show and how wide they are, remembered between runs: the journey list on the
 * left and the designer's side panel (toolbox, properties, settings, data) on the right. A width is kept as it
 * would be at 100 % UI scale, so that it follows the scale both ways: 340 at 100 % is 680 at 200 % and 340 again
 * after Ctrl+0.
 */
public final class PanelLayout {

    /** A panel that can be hidden to give the canvas room. */
    public enum Panel {
        JOURNEY_LIST("panel.journey-list", 250, 170),
        SIDE_PANEL("panel.side", 300, 286);

        private final String key;
        private final double defaultWidth;
        private final double minWidth;

        Panel(String key, double defaultWidth, double minWidth) {
            this.key = key;
            this.defaultWidth = defaultWidth;
            this.minWidth = minWidth;
        }
    }

    private final AppSettingsRepository settings;
    private final Map<Panel, BooleanProperty> shown = new EnumMap<>(Panel.class);
    private final Map<Panel, Double> widths = new EnumMap<>(Panel.class);

    public PanelLayout(AppSettingsRepository settings) {
        this.settings = settings;
        for (Panel panel : Panel.values()) {
            BooleanProperty showing = new SimpleBooleanProperty(this, panel.key,
                    !"hidden".equals(settings.get(panel.key).orElse("shown")));
            showing.addListener((obs, was, now) -> settings.put(panel.key, now ? "shown" : "hidden"));
            shown.put(panel, showing);
            widths.put(panel, settings.get(panel.key + ".width").flatMap(PanelLayout::number)
                    .filter(width -> width >= panel.minWidth).orElse(panel.defaultWidth));
        }
    }

    /** True while {@code panel} shows; setting it shows or hides the panel, and is remembered. */
    public BooleanProperty shownProperty(Panel panel) {
        return shown.get(panel);
    }

    public void toggle(Panel panel) {
        shown.get(panel).set(!shown.get(panel).get());
    }

    /** The panel's width in pixels at UI scale {@code factor} (1.0 at 100 %). */
    public double width(Panel panel, double factor) {
        return widths.get(panel) * factor;
    }

    /** The user made the panel {@code pixels} wide at UI scale {@code factor}; kept unless narrower than it may be. */
    public void resized(Panel panel, double pixels, double factor) {
        double unscaled = Math.round(pixels / factor);
        if (unscaled >= panel.minWidth && unscaled != widths.get(panel)) {
            widths.put(panel, unscaled);
            settings.put(panel.key + ".width", String.format(Locale.ROOT, "%.0f", unscaled));
        }
    }

    private static java.util.Optional<Double> number(String text) {
        try {
            return java.util.Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
