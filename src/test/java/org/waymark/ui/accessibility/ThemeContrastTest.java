package org.waymark.ui.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.waymark.ui.accessibility.CssColours.Stylesheets;
import org.waymark.ui.accessibility.CssColours.Wcag;
import org.waymark.ui.appearance.Theme;

/**
 * WCAG contrast of every theme: for each pair of a text (or icon, focus ring, marker) colour and the background it is
 * drawn on, both read from the stylesheets with the theme's palette, the contrast ratio is at least 4.5:1 for text
 * (3:1 for icons, rings and markers, WCAG 1.4.11). Colours may be hex, rgb()/rgba() (composited over the
 * background), a few named colours, or looked-up variables defined in the rules named as the pair's scope and in
 * {@code .root} (the palette). The component stylesheets hold no colours of their own, and every name they look up
 * is defined by every palette.
 */
class ThemeContrastTest {

    /** The stylesheets that use the palette, in the order the app loads them; the palette comes last. */
    private static final List<String> COMPONENTS = List.of("canvas.css", "waymark.css", "properties.css", "view.css",
            "templates.css", "simulation.css", "timeline.css");
    private static final double TEXT = 4.5;
    private static final double ICON = 3.0;

    /** What to check: name, foreground rule and property, background rule and property, minimum, scope rules. */
    private record Pair(String name, String fg, String fgProperty, String bg, String bgProperty, double minimum,
            List<String> scope) {
    }

    private static final List<Pair> PAIRS = new ArrayList<>();

    static {
        // canvas.css
        text("tile name on tile card", ".tile-name", ".tile");
        text("status line on tile card", ".tile-status", ".tile");
        text("tile name on selected tile card", ".tile-name", ".tile:selected");
        text("status line on selected tile card", ".tile-status", ".tile:selected");
        text("status line on nested tile card", ".tile-status", ".tile.nested");
        text("problem count on warning badge", ".tile-problem", ".tile-problem.warning");
        text("problem count on error badge", ".tile-problem", ".tile-problem.error");
        text("simulation count on its badge", ".tile-count-badge", ".tile-count-badge");
        // timeline.css
        text("timeline heading on pane", ".timeline-heading", ".timeline-pane");
        text("timeline count on pane", ".timeline-count", ".timeline-pane");
        text("timeline date problem on pane", ".timeline-problem", ".timeline-pane");
        text("day heading on its row", ".timeline-day-label", ".timeline-cell.timeline-day");
        for (String row : List.of(".timeline-cell.timeline-entry", ".timeline-cell.timeline-entry:hover")) {
            text("timeline headline on " + row, ".timeline-headline", row);
            text("timeline asset on " + row, ".timeline-asset", row);
            text("timeline detail on " + row, ".timeline-detail", row);
            text("timeline time on " + row, ".timeline-when", row);
            text("timeline web address on " + row, ".timeline-url", row);
            text("simulated mark on " + row, ".timeline-simulated", row);
        }
        text("timeline headline on selected row", ".timeline-headline", ".timeline-cell:filled:selected");
        text("timeline detail on selected row", ".timeline-cell:filled:selected .timeline-detail",
                ".timeline-cell:filled:selected");
        text("timeline time on selected row", ".timeline-cell:filled:selected .timeline-when",
                ".timeline-cell:filled:selected");
        text("message title on preview", ".timeline-preview-title", ".timeline-preview");
        text("message body on preview", ".timeline-preview-body", ".timeline-preview");
        text("message note on preview", ".timeline-preview-note", ".timeline-preview");
        text("engagement counts on preview", ".timeline-kpis", ".timeline-preview");
        for (String type : List.of("email", "sms", "push", "web", "form", "event", "activity")) {
            icon(type + " icon on its timeline badge", ".timeline-" + type + " .timeline-icon", "-fx-fill",
                    ".timeline-" + type);
        }
        icon("timeline focus ring on row", ".timeline-cell:focused", "-fx-border-color", ".timeline-cell.timeline-entry");
        // waymark.css: the Segments tab
        text("segment problems on window", ".problem-text", "-fx-text-fill", ".root", "-fx-background");
        text("section title on window", ".section-title", "-fx-text-fill", ".root", "-fx-background");
        icon("nested segment group bar on window", ".segment-nested-group", "-fx-border-color", ".root",
                "-fx-background");
        // simulation.css
        text("simulate dialog field label", ".simulation-field-label", "-fx-text-fill", ".root", "-fx-background");
        text("simulate dialog problem on its tint", ".simulation-problem", ".simulation-problem");
        text("simulation progress title on its card", ".simulation-progress-title", ".simulation-progress");
        text("simulation progress message on its card", ".simulation-progress-message", ".simulation-progress");
        text("data heading on data pane", ".data-heading", ".data-pane");
        text("data section on data pane", ".data-section", ".data-pane");
        text("data note on data pane", ".data-note", ".data-pane");
        text("data label on data pane", ".data-label", ".data-pane");
        text("data value on data pane", ".data-value", ".data-pane");
        text("funnel label on data pane", ".funnel-label", ".data-pane");
        text("funnel figure on data pane", ".funnel-figure", ".data-pane");
        icon("funnel bar on its track", ".funnel-fill", "-fx-background-color", ".funnel-track");
        icon("funnel track on data pane", ".funnel-fill", "-fx-background-color", ".data-pane");
        icon("funnel focus ring on data pane", ".funnel-bar:focused", "-fx-border-color", ".data-pane");
        text("lane label on canvas", ".lane-label", ".journey-view");
        text("lane end on its marker", ".lane-end", ".lane-end");
        text("banner text on banner", ".canvas-banner", ".canvas-banner");
        text("place number on its badge", ".insertion-badge", ".insertion-badge");
        text("chosen place number on its badge", ".insertion-badge:target", ".insertion-badge:target");
        text("ghost name on drag ghost", ".drag-ghost-name", ".drag-ghost");
        text("ghost name on refused drag ghost", ".drag-ghost-name", ".drag-ghost:refused");
        icon("category band on tile card", ".tile.category-flow", "-wm-band", ".tile");
        icon("connector on canvas", ".connector", "-fx-stroke", ".journey-view");
        icon("selection border on canvas", ".tile:selected", "-fx-border-color", ".journey-view");
        icon("focus ring on canvas", ".root", "-wm-focus", ".journey-view");
        icon("insertion marker on canvas", ".insertion-marker:target", "-fx-background-color", ".journey-view");
        for (String category : List.of("targets", "channels", "flow", "actions", "content")) {
            List<String> scope = List.of(".tile.category-" + category, ".tile");
            PAIRS.add(new Pair("tile icon on " + category + " badge", ".tile-icon", "-fx-stroke", ".tile-badge",
                    "-fx-background-color", ICON, scope));
            PAIRS.add(new Pair(category + " band on tile card", ".tile.category-" + category, "-wm-band", ".tile",
                    "-fx-background-color", ICON, scope));
        }
        // waymark.css
        text("canvas hint on canvas", ".canvas-hint", ".journey-view");
        text("journey facts on header", ".journey-facts", ".journey-header");
        text("journey heading on header", ".journey-heading", ".journey-header");
        text("pane title on journey list", ".pane-title", ".journey-list-pane");
        text("journey name on list", ".journey-cell .journey-name", ".journey-cell");
        text("journey name on selected row", ".journey-cell .journey-name", ".journey-cell:filled:selected");
        text("journey details on list", ".journey-cell .journey-details", ".journey-cell");
        text("journey details on selected row", ".journey-cell .journey-details", ".journey-cell:filled:selected");
        text("journey details on hovered row", ".journey-cell .journey-details", ".journey-cell:filled:hover");
        text("toolbox name on toolbox", ".toolbox-name", ".toolbox");
        text("toolbox description on toolbox", ".toolbox-description", ".toolbox");
        text("toolbox name on selected entry", ".toolbox-name", ".toolbox-cell:filled:selected .toolbox-entry");
        text("toolbox description on selected entry", ".toolbox-description",
                ".toolbox-cell:filled:selected .toolbox-entry");
        text("toolbox description on hovered entry", ".toolbox-description",
                ".toolbox-cell:filled:hover .toolbox-entry");
        text("toolbox category on toolbox", ".toolbox-category", ".toolbox");
        text("status bar text on status bar", ".status-bar .label", ".status-bar");
        text("placeholder on side panel", ".sidebar-placeholder", ".designer-sidebar");
        text("muted text on window background", ".muted", "-fx-text-fill", ".root", "-fx-background");
        text("prompt text on text field", ".text-input", "-fx-prompt-text-fill", ".root", "-fx-control-inner-background");
        text("text in text fields", ".root", "-fx-text-inner-color", ".root", "-fx-control-inner-background");
        text("text on buttons and tabs", ".root", "-fx-text-base-color", ".root", "-fx-base");
        text("form problem on window background", ".form-problem", "-fx-text-fill", ".root", "-fx-background");
        icon("invalid field border on fields", ".text-field.invalid-field", "-fx-border-color", ".root",
                "-fx-control-inner-background");
        icon("focus ring on window background", ".root", "-fx-focus-color", ".root", "-fx-background");
        icon("focus ring on fields", ".root", "-fx-focus-color", ".root", "-fx-control-inner-background");
        icon("focus ring on panes", ".root", "-wm-focus", ".journey-list-pane");
        // properties.css
        propertyText("field label on pane", ".field-label", ".properties-pane");
        propertyText("field hint on pane", ".field-hint", ".properties-pane");
        propertyText("editor heading on pane", ".editor-heading", ".properties-pane");
        propertyText("editor description on pane", ".editor-description", ".properties-pane");
        propertyText("section heading on pane", ".section-heading", ".properties-pane");
        propertyText("empty title on pane", ".empty-title", ".properties-pane");
        propertyText("empty detail on pane", ".empty-detail", ".properties-pane");
        propertyText("field error message on its tint", ".field-message.error", ".field-message.error");
        propertyText("field warning message on its tint", ".field-message.warning", ".field-message.warning");
        propertyText("field note message on pane", ".field-message.note", ".properties-pane");
        propertyText("row title on rule row", ".row-title", ".rule-row");
        propertyText("branch takes on branch row", ".branch-takes", ".rule-row");
        propertyText("branch takes error on branch row", ".branch-takes.error", ".rule-row");
        propertyText("milestone on settings pane", ".milestone", ".settings-pane");
        propertyText("settings fact on settings pane", ".settings-fact", ".settings-pane");
        propertyText("pane heading on settings pane", ".pane-heading", ".settings-pane");
        text("text of a read-only settings field", ".root", "-fx-text-inner-color", ".settings-content .text-input:readonly",
                "-fx-background-color");
        PAIRS.add(new Pair("selected day toggle", ".day-toggles .toggle-button:selected", "-fx-text-fill",
                ".day-toggles .toggle-button:selected", "-fx-base", TEXT, List.of(".properties-pane")));
        // templates.css
        text("gallery heading on dialog", ".template-heading", "-fx-text-fill", ".root", "-fx-background");
        text("template result on dialog", ".template-result", "-fx-text-fill", ".root", "-fx-background");
        text("template name on card", ".template-name", ".template-card");
        text("template name on selected card", ".template-name", ".template-cell:filled:selected .template-card");
        text("template description on card", ".template-description", ".template-card");
        text("template description on selected card", ".template-description",
                ".template-cell:filled:selected .template-card");
        text("template count on card", ".template-count", ".template-card");
        text("template category on list", ".template-categories .list-cell", ".template-categories .list-cell");
        text("template category on selected row", ".template-categories .list-cell",
                ".template-categories .list-cell:filled:selected");
        text("template category on hovered row", ".template-categories .list-cell",
                ".template-categories .list-cell:filled:hover");
        // the general text colours may show on any of the general surfaces
        for (String fg : List.of("-wm-text", "-wm-heading", "-wm-muted", "-wm-lane-text", "-wm-status-text")) {
            for (String bg : List.of("-wm-surface", "-wm-canvas", "-wm-subtle", "-wm-hover", "-wm-selected",
                    "-wm-selected-card", "-wm-status-bar", "-fx-background", "-fx-control-inner-background")) {
                text(fg + " on " + bg, ".root", fg, ".root", bg);
            }
        }
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

    private static void icon(String name, String fg, String fgProperty, String bg, String bgProperty) {
        PAIRS.add(new Pair(name, fg, fgProperty, bg, bgProperty, ICON, List.of(fg, bg)));
    }

    private static void propertyText(String name, String fg, String bg) {
        PAIRS.add(new Pair(name, fg, "-fx-text-fill", bg, "-fx-background-color", TEXT,
                List.of(fg, bg, ".properties-pane")));
    }

    private static Stylesheets stylesheetsOf(Theme theme) {
        List<String> files = new ArrayList<>(COMPONENTS);
        files.add(theme.fileName());
        return Stylesheets.read(files);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextAndIconPairMeetsWcagContrast(Theme theme) {
        Stylesheets css = stylesheetsOf(theme);
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder(theme.label()).append(System.lineSeparator());
        for (Pair pair : PAIRS) {
            double[] background = css.colour(pair.bg(), pair.bgProperty(), pair.scope(), new double[] {1, 1, 1});
            double[] foreground = css.colour(pair.fg(), pair.fgProperty(), pair.scope(), background);
            double ratio = Wcag.contrast(foreground, background);
            String line = String.format("%s: %.2f:1 (needs %.1f:1)", pair.name(), ratio, pair.minimum());
            report.append("  ").append(line).append(System.lineSeparator());
            if (ratio < pair.minimum()) {
                failures.add(line);
            }
        }
        System.out.print(report);
        assertThat(failures).as(theme.label() + ": colour pairs below WCAG contrast").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyNameTheStylesheetsLookUpIsDefinedByThePalette(Theme theme) {
        Set<String> defined = new TreeSet<>(Stylesheets.read(List.of(theme.fileName())).declared(".root"));
        Set<String> used = new TreeSet<>();
        for (String file : COMPONENTS) {
            Matcher name = Pattern.compile("(?<![\\w-])(-wm-[a-z-]+)").matcher(Stylesheets.text(file));
            while (name.find()) {
                used.add(name.group(1));
            }
        }
        used.removeAll(List.of("-wm-band", "-wm-tint", "-wm-tone"));
        assertThat(defined).as(theme.fileName()).containsAll(used);
    }

    @Test
    void thePalettesDefineTheSameNamesAndTheOtherStylesheetsNoColours() {
        Set<String> light = new TreeSet<>(Stylesheets.read(List.of(Theme.LIGHT.fileName())).declared(".root"));
        for (Theme theme : Theme.values()) {
            Set<String> names = new TreeSet<>(Stylesheets.read(List.of(theme.fileName())).declared(".root"));
            names.addAll(List.of("-fx-light-text-color", "-fx-mid-text-color", "-fx-dark-text-color", "-fx-box-border",
                    "-fx-text-box-border", "-fx-mark-color", "-fx-shadow-highlight-color", "-fx-outer-border"));
            assertThat(names).as(theme.fileName()).containsAll(light);
        }
        Pattern literal = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsba?\\(|\\b(white|black|red|blue|green|yellow|gray|grey)\\b");
        for (String file : COMPONENTS) {
            Matcher found = literal.matcher(Stylesheets.text(file));
            if (found.find()) {
                throw new AssertionError(file + " has a colour literal: " + found.group());
            }
        }
    }

    @Test
    void contrastMatchesTheWcagExamples() {
        assertThat(Wcag.contrast(Stylesheets.parse("black"), Stylesheets.parse("#fff")))
                .isCloseTo(21, Offset.offset(0.01));
        assertThat(Wcag.contrast(Stylesheets.parse("#777"), Stylesheets.parse("white")))
                .isCloseTo(4.48, Offset.offset(0.01));
        assertThat(Wcag.contrast(Stylesheets.parse("rgba(0, 0, 0, 1)"), Stylesheets.parse("#ffffff")))
                .isCloseTo(21, Offset.offset(0.01));
        assertThat(Stylesheets.parse("rgb(255, 0, 0)")).containsExactly(1, 0, 0);
    }
}
