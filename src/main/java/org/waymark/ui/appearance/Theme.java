package org.waymark.ui.appearance;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The colour themes of the desktop app. Each names its palette stylesheet, the only stylesheet with colours in it:
 * Modena's looked-up colours and Waymark's {@code -wm-*} ones, defined on {@code .root}.
 */
public enum Theme {

    LIGHT("Light", "theme-light.css"),
    DARK("Dark", "theme-dark.css"),
    HIGH_CONTRAST("High contrast", "theme-high-contrast.css");

    /** The folder on the class path that holds the stylesheets. */
    public static final String FOLDER = "/org/waymark/ui/";

    private final String label;
    private final String fileName;

    Theme(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /** The name shown in menus, e.g. "High contrast". */
    public String label() {
        return label;
    }

    /** The palette stylesheet's file name, e.g. {@code theme-dark.css}. */
    public String fileName() {
        return fileName;
    }

    /** The palette stylesheet's class-path resource, e.g. {@code /org/waymark/ui/theme-dark.css}. */
    public String stylesheet() {
        return FOLDER + fileName;
    }

    /** The palette stylesheet as a URL string, as scenes take it. */
    public String stylesheetUrl() {
        return Objects.requireNonNull(Theme.class.getResource(stylesheet()), "missing stylesheet " + stylesheet())
                .toExternalForm();
    }

    /** The theme stored under {@code name} (its constant's name), or empty when there is none such. */
    public static Optional<Theme> named(String name) {
        return Arrays.stream(values()).filter(theme -> theme.name().equals(name)).findFirst();
    }
}
