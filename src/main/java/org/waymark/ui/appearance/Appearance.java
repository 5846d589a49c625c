package org.waymark.ui.appearance;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.waymark.store.AppSettingsRepository;

/**
 * How the app looks: its colour {@link Theme} and its {@link UiScale}, remembered in the store's app settings and
 * restored when the app starts (unreadable values give the light theme at 100 %). The stylesheets that make the
 * look, the theme's palette and the root font size, are {@link #stylesheetsProperty() a value of their own};
 * {@link #install()} puts them on every window.
 */
public final class Appearance {

    static final String THEME = "appearance.theme";
    static final String SCALE = "appearance.scale";
    /** Marks the generated root-font stylesheet, so that it can be told from the app's own. */
    static final String FONT_SHEET_PREFIX = "data:text/css;charset=utf-8;base64,";

    private final AppSettingsRepository settings;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyIntegerWrapper scale = new ReadOnlyIntegerWrapper(this, "scale", UiScale.MIN);
    private final ReadOnlyDoubleWrapper scaleFactor = new ReadOnlyDoubleWrapper(this, "scaleFactor", 1.0);
    private final ReadOnlyBooleanWrapper canGrow = new ReadOnlyBooleanWrapper(this, "canGrow", true);
    private final ReadOnlyBooleanWrapper canShrink = new ReadOnlyBooleanWrapper(this, "canShrink", false);
    private final ReadOnlyObjectWrapper<List<String>> stylesheets = new ReadOnlyObjectWrapper<>(this, "stylesheets");
    private WindowStyles installed;

    /** Restores the remembered theme and scale from {@code settings}, where changes are remembered too. */
    public Appearance(AppSettingsRepository settings) {
        this.settings = settings;
        theme.set(settings.get(THEME).flatMap(Theme::named).orElse(Theme.LIGHT));
        show(settings.get(SCALE).flatMap(UiScale::parse).orElse(UiScale.ACTUAL));
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** The UI scale in percent, 100 to 200. */
    public ReadOnlyIntegerProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** The UI scale as a factor, 1.0 to 2.0; e.g. what the canvas multiplies its zoom by. */
    public ReadOnlyDoubleProperty scaleFactorProperty() {
        return scaleFactor.getReadOnlyProperty();
    }

    /** True while {@link #larger()} can make the UI larger. */
    public ReadOnlyBooleanProperty canGrowProperty() {
        return canGrow.getReadOnlyProperty();
    }

    /** True while {@link #smaller()} can make the UI smaller. */
    public ReadOnlyBooleanProperty canShrinkProperty() {
        return canShrink.getReadOnlyProperty();
    }

    /** The URLs of the stylesheets every scene gets: the theme's palette, then the root font size. */
    public ReadOnlyObjectProperty<List<String>> stylesheetsProperty() {
        return stylesheets.getReadOnlyProperty();
    }

    public Theme theme() {
        return theme.get();
    }

    public UiScale scale() {
        return new UiScale(scale.get());
    }

    public void useTheme(Theme chosen) {
        if (chosen != null && chosen != theme.get()) {
            theme.set(chosen);
            settings.put(THEME, chosen.name());
            updateStylesheets();
        }
    }

    /** Makes everything a step larger (Ctrl+plus), up to 200 %. */
    public void larger() {
        useScale(scale().larger());
    }

    /** Makes everything a step smaller (Ctrl+minus), down to 100 %. */
    public void smaller() {
        useScale(scale().smaller());
    }

    /** Back to 100 % (Ctrl+0). */
    public void actualSize() {
        useScale(UiScale.ACTUAL);
    }

    public void useScale(UiScale chosen) {
        if (chosen.percent() != scale.get()) {
            show(chosen);
            settings.put(SCALE, Integer.toString(chosen.percent()));
        }
    }

    /**
     * Puts the stylesheets on every window's scene, those open now and those opened later (dialogs, pickers,
     * menus and other pop-ups included), and again on each one whenever the theme or the scale changes, until
     * {@link #uninstall()}. Call on the JavaFX thread.
     */
    public void install() {
        uninstall();
        installed = new WindowStyles(stylesheets.getReadOnlyProperty(), Appearance::isOurs);
        installed.install();
    }

    /** Stops following the windows; what they already show stays. */
    public void uninstall() {
        if (installed != null) {
            installed.uninstall();
            installed = null;
        }
    }

    /** The stylesheet that sets the root font size, as a data URL. */
    static String fontSheet(UiScale scale) {
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }", scale.fontSize());
        return FONT_SHEET_PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** True for the stylesheets that {@link #install()} manages (any theme's palette, any root font size). */
    static boolean isOurs(String url) {
        if (url.startsWith(FONT_SHEET_PREFIX)) {
            return true;
        }
        for (Theme each : Theme.values()) {
            if (url.equals(each.stylesheetUrl())) {
                return true;
            }
        }
        return false;
    }

    private void show(UiScale chosen) {
        scale.set(chosen.percent());
        scaleFactor.set(chosen.factor());
        canGrow.set(chosen.canGrow());
        canShrink.set(chosen.canShrink());
        updateStylesheets();
    }

    private void updateStylesheets() {
        stylesheets.set(List.of(theme.get().stylesheetUrl(), fontSheet(scale())));
    }
}
