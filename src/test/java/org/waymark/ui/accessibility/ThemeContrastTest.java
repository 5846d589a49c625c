package org.waymark.ui.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * WCAG contrast of the theme: for each pair of a text (or icon) colour and the background it is drawn on, both read
 * from the stylesheets, the contrast ratio is at least 4.5:1 for text (3:1 for icons, WCAG 1.4.11). Colours may be
 * hex, rgb()/rgba() (composited over the background), a few named colours, or looked-up variables defined in the
 * rules named as the pair's scope and in {@code .root}.
 */
class ThemeContrastTest {

    private static final Path CSS = Path.of("src/main/resources/org/waymark/ui");
    private static final double TEXT = 4.5;
    private static final double ICON = 3.0;

    /** What to check: name, foreground rule and property, background rule and property, minimum, scope rules. */
    private record Pair(String name, String fg, String fgProperty, String bg, String bgProperty, double minimum,
            List<String> scope) {
    }

    private static final List<Pair> PAIRS = new ArrayList<>();

    static {
        text("tile name on tile card", ".tile-name", ".tile");
        text("status line on tile card", ".tile-status", ".tile");
        text("tile name on selected tile card", ".tile-name", ".tile:selected");
        text("status line on selected tile card", ".tile-status", ".tile:selected");
        text("status line on nested tile card", ".tile-status", ".tile.nested");
        text("problem count on warning badge", ".tile-problem", ".tile-problem.warning");
        text("problem count on error badge", ".tile-problem", ".tile-problem.error");
        text("simulation count on its badge", ".tile-count", ".tile-count");
        text("lane label on canvas", ".lane-label", ".journey-view");
        text("lane end on its marker", ".lane-end", ".lane-end");
        text("canvas hint on canvas", ".canvas-hint", ".journey-view");
        text("journey facts on header", ".journey-facts", ".journey-header");
        text("journey heading on header", ".journey-heading", ".journey-header");
        text("journey name on list", ".journey-cell .journey-name", ".journey-cell");
        text("journey details on list", ".journey-cell .journey-details", ".journey-cell");
        text("journey details on selected row", ".journey-cell .journey-details", ".journey-cell:filled:selected");
        text("journey details on hovered row", ".journey-cell .journey-details", ".journey-cell:filled:hover");
        text("banner text on banner", ".canvas-banner", ".canvas-banner");
        text("toolbox name on toolbox", ".toolbox-name", ".toolbox");
        text("toolbox description on toolbox", ".toolbox-description", ".toolbox");
        text("toolbox description on selected entry", ".toolbox-description",
                ".toolbox-cell:filled:selected .toolbox-entry");
        text("toolbox category on toolbox", ".toolbox-category", ".toolbox");
        text("status bar text on status bar", ".status-bar .label", ".status-bar");
        text("placeholder on side panel", ".sidebar-placeholder", ".designer-sidebar");
        text("prompt text on text field", ".text-field", "-fx-prompt-text-fill", ".journey-list-pane",
                "-fx-background-color");
        icon("category band on tile card", ".tile.category-flow", "-wm-band", ".tile");
        for (String category : List.of("targets", "channels", "flow", "actions", "content")) {
            PAIRS.add(new Pair("tile icon on " + category + " badge", ".tile-icon", "-fx-stroke", ".tile-badge",
                    "-fx-background-color", ICON, List.of(".tile.category-" + category, ".tile")));
        }
        // properties.css
        List<String> pane = List.of(".properties-pane");
        propertyText("field label on pane", ".field-label", ".properties-pane");
        propertyText("field hint on pane", ".field-hint", ".properties-pane");
        propertyText("editor description on pane", ".editor-description", ".properties-pane");
        propertyText("field error message on its tint", ".field-message.error", ".field-message.error");
        propertyText("field warning message on its tint", ".field-message.warning", ".field-message.warning");
        propertyText("field note message on pane", ".field-message.note", ".properties-pane");
        propertyText("row title on rule row", ".row-title", ".rule-row");
        propertyText("branch takes on branch row", ".branch-takes", ".rule-row");
        propertyText("branch takes error on branch row", ".branch-takes.error", ".rule-row");
        propertyText("milestone on settings pane", ".milestone", ".properties-pane");
        PAIRS.add(new Pair("selected day toggle", ".day-toggles .toggle-button:selected", "-fx-text-fill",
                ".day-toggles .toggle-button:selected", "-fx-base", TEXT, pane));
        // templates.css (uses waymark.css's variables)
        text("template name on card", ".template-name", ".template-card");
        text("template description on card", ".template-description", ".template-card");
        text("template description on selected card", ".template-description",
                ".template-cell:filled:selected .template-card");
        text("template count on card", ".template-count", ".template-card");
        text("template result on card", ".template-result", ".template-card");
        text("template category on list", ".template-categories .list-cell", ".template-categories .list-cell");
        text("template category on selected row", ".template-categories .list-cell",
                ".template-categories .list-cell:filled:selected");
    }

    private static void text(String name, String fg, String bg) {
        PAIRS.add(new Pair(name, fg, "-fx-text-fill", bg, "-fx-background-color", TEXT, List.of(fg, bg)));
    }

    private static void text(String name, String fg, String fgProperty, String bg, String bgProperty) {
        PAIRS.add(new Pair(name, fg, fgProperty, bg, bgProperty, TEXT, List.of(fg, bg)));
    }

    private static void icon(String name, String fg, String fgProperty, String bg) {
        PAIRS.add(new Pair(name, fg, fgProperty, bg, "-fx-background-color", ICON, List.of(fg, bg)));
    }

    private static void propertyText(String name, String fg, String bg) {
        PAIRS.add(new Pair(name, fg, "-fx-text-fill", bg, "-fx-background-color", TEXT,
                List.of(fg, bg, ".properties-pane")));
    }

    @Test
    void everyTextAndIconPairMeetsWcagContrast() {
        Theme theme = Theme.read(List.of("waymark.css", "properties.css", "view.css", "templates.css"));
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Pair pair : PAIRS) {
            double[] background = theme.colour(pair.bg(), pair.bgProperty(), pair.scope(), new double[] {1, 1, 1});
            double[] foreground = theme.colour(pair.fg(), pair.fgProperty(), pair.scope(), background);
            double ratio = Wcag.contrast(foreground, background);
            String line = String.format("%s: %.2f:1 (needs %.1f:1)", pair.name(), ratio, pair.minimum());
            report.append(line).append(System.lineSeparator());
            if (ratio < pair.minimum()) {
                failures.add(line);
            }
        }
        System.out.print(report);
        assertThat(failures).as("colour pairs below WCAG contrast").isEmpty();
    }

    @Test
    void contrastMatchesTheWcagExamples() {
        assertThat(Wcag.contrast(Theme.parse("black"), Theme.parse("#fff"))).isCloseTo(21, Offset.offset(0.01));
        assertThat(Wcag.contrast(Theme.parse("#777"), Theme.parse("white"))).isCloseTo(4.48, Offset.offset(0.01));
        assertThat(Wcag.contrast(Theme.parse("rgba(0, 0, 0, 1)"), Theme.parse("#ffffff")))
                .isCloseTo(21, Offset.offset(0.01));
        assertThat(Theme.parse("rgb(255, 0, 0)")).containsExactly(1, 0, 0);
    }

    /** WCAG 2 relative luminance and contrast ratio. */
    static final class Wcag {
        static double luminance(double[] rgb) {
            double[] c = new double[3];
            for (int i = 0; i < 3; i++) {
                c[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        }

        static double contrast(double[] a, double[] b) {
            double la = luminance(a);
            double lb = luminance(b);
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
        }
    }

    /** The declarations of the stylesheets by selector, later rules winning, and colour resolution. */
    static final class Theme {
        private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
        private final Map<String, Map<String, String>> rules = new LinkedHashMap<>();

        static Theme read(List<String> files) {
            Theme theme = new Theme();
            for (String file : files) {
                try {
                    String css = Files.readString(CSS.resolve(file)).replaceAll("(?s)/\\*.*?\\*/", "");
                    Matcher rule = RULE.matcher(css);
                    while (rule.find()) {
                        for (String selector : rule.group(1).split(",")) {
                            String key = selector.trim().replaceAll("\\s+", " ");
                            Map<String, String> declarations = theme.rules.computeIfAbsent(key,
                                    s -> new LinkedHashMap<>());
                            for (String declaration : rule.group(2).split(";")) {
                                int colon = declaration.indexOf(':');
                                if (colon > 0) {
                                    declarations.put(declaration.substring(0, colon).trim(),
                                            declaration.substring(colon + 1).trim());
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return theme;
        }

        /** The colour {@code property} of {@code selector}, its last layer, composited over {@code under}. */
        double[] colour(String selector, String property, List<String> scope, double[] under) {
            String value = rules.getOrDefault(selector, Map.of()).get(property);
            assertThat(value).as(selector + " { " + property + " }").isNotNull();
            return resolve(lastLayer(value), scope, under, 0);
        }

        private double[] resolve(String value, List<String> scope, double[] under, int depth) {
            assertThat(depth).as("variable loop at " + value).isLessThan(10);
            if (value.startsWith("-")) {
                for (String selector : concat(scope)) {
                    String defined = rules.getOrDefault(selector, Map.of()).get(value);
                    if (defined != null) {
                        return resolve(lastLayer(defined), scope, under, depth + 1);
                    }
                }
                throw new AssertionError("undefined colour variable " + value + " in " + scope);
            }
            double[] rgba = parseRgba(value);
            double alpha = rgba[3];
            return new double[] {rgba[0] * alpha + under[0] * (1 - alpha), rgba[1] * alpha + under[1] * (1 - alpha),
                    rgba[2] * alpha + under[2] * (1 - alpha)};
        }

        private static List<String> concat(List<String> scope) {
            List<String> all = new ArrayList<>(scope);
            all.add(".root");
            return all;
        }

        static double[] parse(String value) {
            double[] rgba = parseRgba(value);
            return new double[] {rgba[0], rgba[1], rgba[2]};
        }

        private static double[] parseRgba(String value) {
            String v = value.trim().toLowerCase();
            switch (v) {
                case "white": return new double[] {1, 1, 1, 1};
                case "black": return new double[] {0, 0, 0, 1};
                case "transparent": return new double[] {0, 0, 0, 0};
                default: break;
            }
            if (v.startsWith("#")) {
                String hex = v.substring(1);
                if (hex.length() == 3 || hex.length() == 4) {
                    hex = hex.replaceAll("(.)", "$1$1");
                }
                double[] c = new double[] {0, 0, 0, 1};
                for (int i = 0; i < hex.length() / 2; i++) {
                    c[i] = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
                }
                return c;
            }
            Matcher rgb = Pattern.compile("rgba?\\(([^)]*)\\)").matcher(v);
            if (rgb.matches()) {
                String[] parts = rgb.group(1).split(",");
                return new double[] {channel(parts[0]), channel(parts[1]), channel(parts[2]),
                        parts.length > 3 ? Double.parseDouble(parts[3].trim()) : 1};
            }
            throw new AssertionError("unsupported colour " + value);
        }

        private static double channel(String part) {
            String p = part.trim();
            return p.endsWith("%") ? Double.parseDouble(p.substring(0, p.length() - 1)) / 100
                    : Double.parseDouble(p) / 255;
        }

        private static String lastLayer(String value) {
            int depth = 0;
            int start = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    start = i + 1;
                }
            }
            return value.substring(start).trim();
        }
    }
}
