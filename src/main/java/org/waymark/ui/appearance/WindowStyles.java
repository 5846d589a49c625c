package org.waymark.ui.appearance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Keeps a list of stylesheets on the scene of every window of the app, as {@link Window#getWindows()} lists them:
 * those showing now and every one shown later, a scene set later included. The managed stylesheets go last, after
 * the scene's own; older ones of the same kind (a pop-up copies its owner's) are taken out first.
 */
final class WindowStyles {

    private final ObservableValue<List<String>> stylesheets;
    private final Predicate<String> managed;
    private final ListChangeListener<Window> onWindows = change -> {
        while (change.next()) {
            change.getRemoved().forEach(this::unfollow);
            change.getAddedSubList().forEach(this::follow);
        }
    };
    private final ChangeListener<Scene> onScene = (obs, old, scene) -> style(scene);
    private final ChangeListener<List<String>> onChange = (obs, old, now) -> restyleAll();
    private final List<Window> followed = new ArrayList<>();

    WindowStyles(ObservableValue<List<String>> stylesheets, Predicate<String> managed) {
        this.stylesheets = stylesheets;
        this.managed = managed;
    }

    void install() {
        Window.getWindows().addListener(onWindows);
        stylesheets.addListener(onChange);
        List.copyOf(Window.getWindows()).forEach(this::follow);
    }

    void uninstall() {
        Window.getWindows().removeListener(onWindows);
        stylesheets.removeListener(onChange);
        followed.forEach(window -> window.sceneProperty().removeListener(onScene));
        followed.clear();
    }

    private void follow(Window window) {
        if (!followed.contains(window)) {
            followed.add(window);
            window.sceneProperty().addListener(onScene);
        }
        style(window.getScene());
    }

    private void unfollow(Window window) {
        if (followed.remove(window)) {
            window.sceneProperty().removeListener(onScene);
        }
    }

    private void restyleAll() {
        List.copyOf(Window.getWindows()).forEach(window -> style(window.getScene()));
    }

    private void style(Scene scene) {
        if (scene == null) {
            return;
        }
        List<String> wanted = stylesheets.getValue();
        ObservableList<String> sheets = scene.getStylesheets();
        int keep = (int) sheets.stream().filter(managed.negate()).count();
        if (sheets.size() == keep + wanted.size() && sheets.subList(keep, sheets.size()).equals(wanted)) {
            return;
        }
        List<String> result = new ArrayList<>(sheets.stream().filter(managed.negate()).toList());
        result.addAll(wanted);
        sheets.setAll(result);
    }
}
