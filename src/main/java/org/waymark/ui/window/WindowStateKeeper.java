package org.waymark.ui.window;

import java.util.List;
import java.util.OptionalLong;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window where it was last time and remembers where it is when it closes. While the window is
 * maximized it keeps the bounds it had before, so that un-maximizing next time restores them.
 */
public final class WindowStateKeeper {

    private final WindowStateStore store;
    private final WindowPlacement placement;
    private WindowBounds normal;

    public WindowStateKeeper(WindowStateStore store, WindowPlacement placement) {
        this.store = store;
        this.placement = placement;
    }

    public void restore(Stage stage) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowBounds bounds = placement.place(store.bounds(), screens, Screen.getPrimary().getVisualBounds());
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
        normal = bounds;
        stage.xProperty().addListener((obs, old, value) -> remember(stage));
        stage.yProperty().addListener((obs, old, value) -> remember(stage));
        stage.widthProperty().addListener((obs, old, value) -> remember(stage));
        stage.heightProperty().addListener((obs, old, value) -> remember(stage));
    }

    /** Saves the window's bounds and the journey open in it. */
    public void save(Stage stage, OptionalLong openJourney) {
        WindowBounds last = normal != null ? normal
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        store.saveBounds(new WindowBounds(last.x(), last.y(), last.width(), last.height(), stage.isMaximized()));
        store.saveLastJourney(openJourney);
    }

    public OptionalLong lastJourney() {
        return store.lastJourney();
    }

    private void remember(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            normal = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }
}
