package org.waymark.ui.window;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Decides where the main window opens: where it was last time when enough of it is still on some screen to
 * grab and move, otherwise centred on the primary screen; never larger than the screen it opens on.
 */
public final class WindowPlacement {

    /** The part of a window that must be on a screen to count as reachable. */
    static final double MIN_VISIBLE_WIDTH = 120;
    static final double MIN_VISIBLE_HEIGHT = 40;

    private final double defaultWidth;
    private final double defaultHeight;

    public WindowPlacement(double defaultWidth, double defaultHeight) {
        this.defaultWidth = defaultWidth;
        this.defaultHeight = defaultHeight;
    }

    /** {@code screens} are the visual bounds of every screen, {@code primary} the one to centre on. */
    public WindowBounds place(Optional<WindowBounds> saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved.isPresent()) {
            WindowBounds bounds = saved.get();
            Optional<Rectangle2D> screen = screens.stream().filter(s -> reachable(bounds, s)).findFirst();
            if (screen.isPresent()) {
                return fit(bounds, screen.get());
            }
            return centred(bounds.width(), bounds.height(), bounds.maximized(), primary);
        }
        return centred(defaultWidth, defaultHeight, false, primary);
    }

    private static boolean reachable(WindowBounds bounds, Rectangle2D screen) {
        double visibleWidth = Math.min(bounds.x() + bounds.width(), screen.getMaxX()) - Math.max(bounds.x(), screen.getMinX());
        double top = Math.max(bounds.y(), screen.getMinY());
        double visibleHeight = Math.min(bounds.y() + bounds.height(), screen.getMaxY()) - top;
        boolean titleBarOnScreen = bounds.y() >= screen.getMinY() - 1 && bounds.y() < screen.getMaxY();
        return visibleWidth >= MIN_VISIBLE_WIDTH && visibleHeight >= MIN_VISIBLE_HEIGHT && titleBarOnScreen;
    }

    private static WindowBounds fit(WindowBounds bounds, Rectangle2D screen) {
        double width = Math.min(bounds.width(), screen.getWidth());
        double height = Math.min(bounds.height(), screen.getHeight());
        return new WindowBounds(bounds.x(), bounds.y(), width, height, bounds.maximized());
    }

    private static WindowBounds centred(double width, double height, boolean maximized, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return new WindowBounds(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, maximized);
    }
}
