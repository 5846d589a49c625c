package org.waymark.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.waymark.ui.journeys.JourneyWorkspace;

/**
 * Reaches the {@link JourneyWorkspace} of a window that {@link MainWindow#show} built, for tests.
 *
 * <p>{@code MainWindow} keeps its workspace to itself (a local variable of {@code show}), and File ▸ Export… and
 * File ▸ Import… ask for their file in a native file chooser, which the headless Monocle toolkit can neither show
 * nor drive. A test that exports and imports as those commands do, minus the chooser, needs the workspace they act
 * on: it is found from the journey list's cell factory and the File menu's actions, by type, a few references deep,
 * through Waymark's own objects (and lambdas) only, so renamed fields do not break it. If the wiring changes so much
 * that it is not found, the test says so plainly; the lasting fix is for {@code MainWindow} to hand it out.
 */
final class WindowParts {

    private static final int DEPTH = 4;

    private WindowParts() {
    }

    /** The workspace behind the window's journey list and File menu; call on the FX thread or after it settled. */
    static JourneyWorkspace workspace(Stage window) {
        List<Object> roots = new ArrayList<>();
        Node list = window.getScene().getRoot().lookup("#journey-list");
        if (list instanceof ListView<?> journeys && journeys.getCellFactory() != null) {
            roots.add(journeys.getCellFactory());
        }
        Node bar = window.getScene().getRoot().lookup(".menu-bar");
        if (bar instanceof MenuBar menus) {
            for (Menu menu : menus.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item.getOnAction() != null) {
                        roots.add(item.getOnAction());
                    }
                }
            }
        }
        return find(roots, JourneyWorkspace.class).orElseThrow(() -> new AssertionError(
                "The window's JourneyWorkspace is not reachable from its journey list or File menu any more: "
                        + "give MainWindow a way to hand it to tests"));
    }

    private static <T> Optional<T> find(List<Object> roots, Class<T> type) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> queue = new ArrayDeque<>();
        roots.forEach(r -> queue.add(new Object[] {r, 0}));
        while (!queue.isEmpty()) {
            Object[] next = queue.removeFirst();
            Object object = next[0];
            int depth = (Integer) next[1];
            if (!seen.add(object)) {
                continue;
            }
            if (type.isInstance(object)) {
                return Optional.of(type.cast(object));
            }
            if (depth == DEPTH) {
                continue;
            }
            for (Class<?> c = object.getClass(); c != null && isWaymark(c); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                        continue;
                    }
                    Object value = read(field, object);
                    if (value != null && isWaymark(value.getClass())) {
                        queue.addLast(new Object[] {value, depth + 1});
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isWaymark(Class<?> c) {
        return c.getName().startsWith("org.waymark.");
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
