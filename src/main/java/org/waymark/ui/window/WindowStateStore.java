package org.waymark.ui.window;

import java.util.Optional;
import java.util.OptionalLong;
import org.waymark.store.AppSettingsRepository;

/** Keeps the main window's bounds and the last open journey in the store's app settings between runs. */
public final class WindowStateStore {

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";
    static final String LAST_JOURNEY = "journey.last";

    private final AppSettingsRepository settings;

    public WindowStateStore(AppSettingsRepository settings) {
        this.settings = settings;
    }

    /** The saved bounds; empty when none were saved or a value is unreadable. */
    public Optional<WindowBounds> bounds() {
        try {
            Optional<String> x = settings.get(X);
            Optional<String> y = settings.get(Y);
            Optional<String> width = settings.get(WIDTH);
            Optional<String> height = settings.get(HEIGHT);
            if (x.isEmpty() || y.isEmpty() || width.isEmpty() || height.isEmpty()) {
                return Optional.empty();
            }
            double w = Double.parseDouble(width.get());
            double h = Double.parseDouble(height.get());
            if (!(w > 0 && h > 0)) {
                return Optional.empty();
            }
            return Optional.of(new WindowBounds(Double.parseDouble(x.get()), Double.parseDouble(y.get()), w, h,
                    Boolean.parseBoolean(settings.get(MAXIMIZED).orElse("false"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void saveBounds(WindowBounds bounds) {
        settings.put(X, number(bounds.x()));
        settings.put(Y, number(bounds.y()));
        settings.put(WIDTH, number(bounds.width()));
        settings.put(HEIGHT, number(bounds.height()));
        settings.put(MAXIMIZED, Boolean.toString(bounds.maximized()));
    }

    public OptionalLong lastJourney() {
        try {
            return settings.get(LAST_JOURNEY).map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public void saveLastJourney(OptionalLong id) {
        if (id.isPresent()) {
            settings.put(LAST_JOURNEY, Long.toString(id.getAsLong()));
        } else {
            settings.remove(LAST_JOURNEY);
        }
    }

    private static String number(double value) {
        return Long.toString(Math.round(value));
    }
}
