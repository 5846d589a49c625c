package org.waymark.ui.window;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import org.waymark.store.AppSettingsRepository;

/**
 * Which of the window's side panels show and how wide they are, remembered between runs: the journey list on the
 * left and the designer's side panel (toolbox, properties, settings, data) on the right. A width is kept as it
 * would be at 100 % UI scale, so that it follows the scale both ways: 340 at 100 % is 680 at 200 % and 340 again
 * after Ctrl+0.
 *
 * <p>A panel the user wants stays out of sight while the window is too narrow for it, counted in lines of text
 * ({@link #roomChanged}): at 200 % in a 1280 pixel window the journey list gives the tabs its room. Asking for the
 * panel then ({@link #toggle}, {@link #reveal}) shows it all the same, until the room comes back. Only what the user
 * chose is remembered, not what the room did.
 */
public final class PanelLayout {

    /** A panel that can be hidden to give the canvas room. */
    public enum Panel {
        JOURNEY_LIST("panel.journey-list", 250, 170, 75),
        SIDE_PANEL("panel.side", 330, 286, 55);

        private final String key;
        private final double defaultWidth;
        private final double minWidth;
        private final double windowEms;

        /** {@code windowEms}: how wide the window must be, in ems of its text, for the panel to show unasked. */
        Panel(String key, double defaultWidth, double minWidth, double windowEms) {
            this.key = key;
            this.defaultWidth = defaultWidth;
            this.minWidth = minWidth;
            this.windowEms = windowEms;
        }
    }

    private final AppSettingsRepository settings;
    private final Map<Panel, BooleanProperty> chosen = new EnumMap<>(Panel.class);
    private final Map<Panel, BooleanProperty> crowded = new EnumMap<>(Panel.class);
    private final Map<Panel, BooleanProperty> insisted = new EnumMap<>(Panel.class);
    private final Map<Panel, BooleanBinding> shown = new EnumMap<>(Panel.class);
    private final Map<Panel, Double> widths = new EnumMap<>(Panel.class);

    public PanelLayout(AppSettingsRepository settings) {
        this.settings = settings;
        for (Panel panel : Panel.values()) {
            BooleanProperty wanted = new SimpleBooleanProperty(this, panel.key,
                    !"hidden".equals(settings.get(panel.key).orElse("shown")));
            wanted.addListener((obs, was, now) -> settings.put(panel.key, now ? "shown" : "hidden"));
            chosen.put(panel, wanted);
            crowded.put(panel, new SimpleBooleanProperty(this, panel.key + ".crowded"));
            insisted.put(panel, new SimpleBooleanProperty(this, panel.key + ".insisted"));
            shown.put(panel, Bindings.createBooleanBinding(
                    () -> wanted.get() && (!crowded.get(panel).get() || insisted.get(panel).get()),
                    wanted, crowded.get(panel), insisted.get(panel)));
            widths.put(panel, settings.get(panel.key + ".width").flatMap(PanelLayout::number)
                    .filter(width -> width >= panel.minWidth).orElse(panel.defaultWidth));
        }
    }

    /** True while {@code panel} shows: the user wants it and there is room, or the user asked for it anyway. */
    public ObservableBooleanValue shownProperty(Panel panel) {
        return shown.get(panel);
    }

    public boolean isShown(Panel panel) {
        return shown.get(panel).get();
    }

    /** True while the user wants {@code panel}, whether or not the window has room for it; remembered. */
    public boolean isChosen(Panel panel) {
        return chosen.get(panel).get();
    }

    /** Hides a panel that shows; shows one that does not, room or not. */
    public void toggle(Panel panel) {
        if (isShown(panel)) {
            insisted.get(panel).set(false);
            chosen.get(panel).set(false);
        } else {
            reveal(panel);
        }
    }

    /** Shows {@code panel}, room or not: its contents were asked for. */
    public void reveal(Panel panel) {
        chosen.get(panel).set(true);
        insisted.get(panel).set(crowded.get(panel).get());
    }

    /**
     * The window is {@code windowWidth} pixels wide with text of {@code fontSize} pixels: panels without room go out
     * of sight, those with room back again; a panel shown anyway stays only while the window stays narrow.
     */
    public void roomChanged(double windowWidth, double fontSize) {
        if (windowWidth <= 0 || fontSize <= 0) {
            return;
        }
        for (Panel panel : Panel.values()) {
            boolean tight = windowWidth / fontSize < panel.windowEms;
            if (!tight) {
                insisted.get(panel).set(false);
            }
            crowded.get(panel).set(tight);
        }
    }

    /** Follows the window's width and its text size, in pixels, from now on ({@link #roomChanged}). */
    public void follow(ObservableDoubleValue windowWidth, ObservableDoubleValue fontSize) {
        InvalidationListener check = o -> roomChanged(windowWidth.get(), fontSize.get());
        windowWidth.addListener(check);
        fontSize.addListener(check);
        roomChanged(windowWidth.get(), fontSize.get());
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
