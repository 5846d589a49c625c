package org.waymark.ui.appearance;

import javafx.css.PseudoClass;

/**
 * Every style class the Java code of the UI puts on a node, named once (decision 0016). Code writes
 * {@code node.getStyleClass().add(StyleClass.CANVAS_HINT)}, never the string itself: a misspelt constant does not
 * compile, and {@code StyleClassTest} checks that each name here has a rule in one of the stylesheets under
 * {@code src/main/resources/org/waymark/ui/}. Names that no stylesheet styles, kept for tests and lookups to find
 * nodes by, are in {@link Hooks}; pseudo-classes are in {@link Pseudo}. A constant is the css name in upper snake
 * case: {@code "canvas-hint"} is {@code CANVAS_HINT}.
 */
public final class StyleClass {

    private StyleClass() {
    }

    // Shared: quiet text, message levels (properties.css, canvas.css); tile category colours (canvas.css and
    // waymark.css, templates.css, view.css)
    public static final String MUTED = "muted";
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String NOTE = "note";
    public static final String CATEGORY_TARGETS = "category-targets";
    public static final String CATEGORY_CHANNELS = "category-channels";
    public static final String CATEGORY_FLOW = "category-flow";
    public static final String CATEGORY_ACTIONS = "category-actions";
    public static final String CATEGORY_CONTENT = "category-content";

    // Window: status bar, hidden list strip, action icons, F1 overlay (waymark.css)
    public static final String STATUS_BAR = "status-bar";
    public static final String HIDDEN_LIST_STRIP = "hidden-list-strip";
    public static final String ACTION_ICON = "action-icon";
    public static final String SHORTCUT_KEYS = "shortcut-keys";
    public static final String PANE_TITLE = "pane-title";
    public static final String PROBLEM_DETAIL = "problem-detail";
    public static final String PROBLEM_TEXT = "problem-text";

    // Journey list and designer frame (waymark.css, theme-high-contrast.css)
    public static final String JOURNEY_LIST_PANE = "journey-list-pane";
    public static final String JOURNEY_CELL = "journey-cell";
    public static final String JOURNEY_NAME = "journey-name";
    public static final String JOURNEY_DETAILS = "journey-details";
    public static final String JOURNEY_VIEW = "journey-view";
    public static final String JOURNEY_HEADER = "journey-header";
    public static final String JOURNEY_HEADING = "journey-heading";
    public static final String JOURNEY_FACTS = "journey-facts";
    public static final String DESIGNER_SIDEBAR = "designer-sidebar";
    public static final String SIDEBAR_PLACEHOLDER = "sidebar-placeholder";
    public static final String CANVAS_HINT = "canvas-hint";
    public static final String TILE_TYPE_PICKER = "tile-type-picker";

    // Toolbox (waymark.css)
    public static final String TOOLBOX = "toolbox";
    public static final String TOOLBOX_CELL = "toolbox-cell";
    public static final String TOOLBOX_ENTRY = "toolbox-entry";
    public static final String TOOLBOX_CATEGORY = "toolbox-category";
    public static final String TOOLBOX_NAME = "toolbox-name";
    public static final String TOOLBOX_DESCRIPTION = "toolbox-description";

    // Contacts and segments (waymark.css)
    public static final String CONTACT_BROWSER = "contact-browser";
    public static final String FORM_HEADING = "form-heading";
    public static final String FORM_PROBLEM = "form-problem";
    public static final String INVALID_FIELD = "invalid-field";
    public static final String SECTION_TITLE = "section-title";
    public static final String SEGMENT_CELL_NAME = "segment-cell-name";
    public static final String SEGMENT_COUNT = "segment-count";
    public static final String SEGMENT_NESTED_GROUP = "segment-nested-group";

    // Canvas: tiles, connectors, lanes (canvas.css)
    public static final String PIPELINE_CANVAS = "pipeline-canvas";
    public static final String CANVAS_SURFACE = "canvas-surface";
    public static final String CANVAS_BANNER = "canvas-banner";
    public static final String TILE = "tile";
    public static final String NESTED = "nested";
    public static final String TILE_HEADER = "tile-header";
    public static final String TILE_ICON = "tile-icon";
    public static final String TILE_BADGE = "tile-badge";
    public static final String TILE_NAME = "tile-name";
    public static final String TILE_STATUS = "tile-status";
    public static final String TILE_PROBLEM = "tile-problem";
    public static final String TILE_RESULTS = "tile-results";
    public static final String TILE_COUNT_BADGE = "tile-count-badge";
    public static final String CONNECTOR = "connector";
    public static final String CONNECTOR_ARROW = "connector-arrow";
    public static final String LANE_LABEL = "lane-label";
    public static final String LANE_END = "lane-end";

    // Canvas: count badges by tone (canvas.css)
    public static final String BADGE_FLOW = "badge-flow";
    public static final String BADGE_WAITING = "badge-waiting";
    public static final String BADGE_OUTCOME = "badge-outcome";
    public static final String BADGE_TRUE = "badge-true";
    public static final String BADGE_FALSE = "badge-false";
    public static final String BADGE_BRANCH = "badge-branch";
    public static final String BADGE_KEPT_OUT = "badge-kept-out";

    // Canvas: drag and drop (canvas.css)
    public static final String DRAG_SOURCE = "drag-source";
    public static final String DRAG_GHOST = "drag-ghost";
    public static final String DRAG_GHOST_NAME = "drag-ghost-name";
    public static final String INSERTION_MARKER = "insertion-marker";
    public static final String INSERTION_BADGE = "insertion-badge";

    // Minimap (view.css)
    public static final String MINIMAP = "minimap";
    public static final String MINIMAP_TILE = "minimap-tile";
    public static final String MINIMAP_VIEWPORT = "minimap-viewport";

    // Properties pane and settings form (properties.css)
    public static final String PROPERTIES_PANE = "properties-pane";
    public static final String PROPERTIES_CONTENT = "properties-content";
    public static final String PROPERTIES_EMPTY = "properties-empty";
    public static final String PROPERTIES_DIALOG = "properties-dialog";
    public static final String SETTINGS_PANE = "settings-pane";
    public static final String SETTINGS_CONTENT = "settings-content";
    public static final String PANE_HEADING = "pane-heading";
    public static final String SECTION_HEADING = "section-heading";
    public static final String TILE_EDITOR = "tile-editor";
    public static final String EDITOR_HEADING = "editor-heading";
    public static final String EDITOR_DESCRIPTION = "editor-description";
    public static final String EMPTY_TITLE = "empty-title";
    public static final String EMPTY_DETAIL = "empty-detail";
    public static final String REFUSAL = "refusal";
    public static final String FIELD = "field";
    public static final String FIELD_LABEL = "field-label";
    public static final String FIELD_HINT = "field-hint";
    public static final String FIELD_MESSAGE = "field-message";
    public static final String SEARCHABLE_COMBO_BOX = "searchable-combo-box";
    public static final String RADIO_CHOICE = "radio-choice";
    public static final String DAY_TOGGLES = "day-toggles";
    public static final String ROW_HEAD = "row-head";
    public static final String ROW_TITLE = "row-title";
    public static final String RULE_ROWS = "rule-rows";
    public static final String RULE_ROW = "rule-row";
    public static final String BRANCH_ROWS = "branch-rows";
    public static final String BRANCH_ROW = "branch-row";
    public static final String BRANCH_TAKES = "branch-takes";

    // Templates (templates.css)
    public static final String TEMPLATE_GALLERY = "template-gallery";
    public static final String TEMPLATE_CATEGORIES = "template-categories";
    public static final String TEMPLATE_LIST = "template-list";
    public static final String TEMPLATE_CELL = "template-cell";
    public static final String TEMPLATE_CARD = "template-card";
    public static final String BLANK = "blank";
    public static final String TEMPLATE_ICONS = "template-icons";
    public static final String TEMPLATE_ICON = "template-icon";
    public static final String TEMPLATE_NAME = "template-name";
    public static final String TEMPLATE_DESCRIPTION = "template-description";
    public static final String TEMPLATE_HEADING = "template-heading";
    public static final String TEMPLATE_COUNT = "template-count";
    public static final String TEMPLATE_RESULT = "template-result";

    // Simulation: settings, progress, Data tab (simulation.css)
    public static final String SIMULATION_FIELD_LABEL = "simulation-field-label";
    public static final String SIMULATION_PROBLEM = "simulation-problem";
    public static final String SIMULATION_PROGRESS = "simulation-progress";
    public static final String SIMULATION_PROGRESS_TITLE = "simulation-progress-title";
    public static final String SIMULATION_PROGRESS_MESSAGE = "simulation-progress-message";
    public static final String DATA_PANE = "data-pane";
    public static final String DATA_CONTENT = "data-content";
    public static final String DATA_SECTION = "data-section";
    public static final String DATA_HEADING = "data-heading";
    public static final String DATA_LABEL = "data-label";
    public static final String DATA_VALUE = "data-value";
    public static final String DATA_NOTE = "data-note";
    public static final String FUNNEL_FIGURE = "funnel-figure";
    public static final String FUNNEL_BAR = "funnel-bar";
    public static final String FUNNEL_LABEL = "funnel-label";
    public static final String FUNNEL_TRACK = "funnel-track";
    public static final String FUNNEL_FILL = "funnel-fill";

    // Timeline (timeline.css)
    public static final String TIMELINE_PANE = "timeline-pane";
    public static final String TIMELINE_HEADING = "timeline-heading";
    public static final String TIMELINE_COUNT = "timeline-count";
    public static final String TIMELINE_CELL = "timeline-cell";
    public static final String TIMELINE_ENTRY = "timeline-entry";
    public static final String TIMELINE_DAY = "timeline-day";
    public static final String TIMELINE_DAY_LABEL = "timeline-day-label";
    public static final String TIMELINE_WHEN = "timeline-when";
    public static final String TIMELINE_HEADLINE = "timeline-headline";
    public static final String TIMELINE_DETAIL = "timeline-detail";
    public static final String TIMELINE_ASSET = "timeline-asset";
    public static final String TIMELINE_URL = "timeline-url";
    public static final String TIMELINE_PROBLEM = "timeline-problem";
    public static final String TIMELINE_SIMULATED = "timeline-simulated";
    public static final String TIMELINE_ICON = "timeline-icon";
    public static final String TIMELINE_BADGE = "timeline-badge";
    public static final String TIMELINE_PREVIEW = "timeline-preview";
    public static final String TIMELINE_PREVIEW_TITLE = "timeline-preview-title";
    public static final String TIMELINE_PREVIEW_BODY = "timeline-preview-body";
    public static final String TIMELINE_PREVIEW_NOTE = "timeline-preview-note";
    public static final String TIMELINE_KPIS = "timeline-kpis";

    // Timeline: interaction type colours (timeline.css)
    public static final String TIMELINE_EMAIL = "timeline-email";
    public static final String TIMELINE_SMS = "timeline-sms";
    public static final String TIMELINE_PUSH = "timeline-push";
    public static final String TIMELINE_WEB = "timeline-web";
    public static final String TIMELINE_FORM = "timeline-form";
    public static final String TIMELINE_EVENT = "timeline-event";
    public static final String TIMELINE_ACTIVITY = "timeline-activity";

    // Fitting at any UI scale: rows that wrap, sizes in ems (waymark.css)
    public static final String BUTTON_ROW = "button-row";
    public static final String BUTTON_ROW_SEPARATOR = "button-row-separator";
    /** JavaFX's own tool bar look, given to a {@code ButtonRow} drawn as a tool bar. */
    public static final String TOOL_BAR = "tool-bar";
    public static final String FORM_DIALOG_CONTENT = "form-dialog-content";
    public static final String EMAIL_RESULTS_TABLE = "email-results-table";
    public static final String EMAIL_CHART = "email-chart";
    public static final String DATA_SOURCES_TABLE = "data-sources-table";
    public static final String ACTIVITIES_TABLE = "activities-table";
    public static final String SEGMENT_PREVIEW_TABLE = "segment-preview-table";
    public static final String SEGMENT_MEMBERS_TABLE = "segment-members-table";
    public static final String SEGMENT_CONDITIONS = "segment-conditions";
    public static final String EMAIL_DETAIL = "email-detail";

    /**
     * Style classes with no rule in any stylesheet: tests, {@code lookupAll} and focus find nodes by them. One that
     * gains a rule moves up into the styled groups ({@code StyleClassTest} says so).
     */
    public static final class Hooks {

        private Hooks() {
        }

        // Window and panes
        public static final String MAIN_WINDOW = "main-window";
        /** JavaFX's own class on a split pane's dividers. */
        public static final String SPLIT_PANE_DIVIDER = "split-pane-divider";
        public static final String SHORTCUT_OVERLAY = "shortcut-overlay";
        /** The control where the focus enters a part, when that is not its first one (a search field). */
        public static final String FOCUS_ENTRY = "focus-entry";
        public static final String PEOPLE_VIEW = "people-view";
        public static final String PEOPLE_SWITCH = "people-switch";
        public static final String ACCOUNT_BROWSER = "account-browser";
        public static final String ACTIVITIES_VIEW = "activities-view";
        public static final String ACTIVITIES_PROBLEM = "activities-problem";

        // Journeys and canvas
        public static final String JOURNEY_BUTTONS = "journey-buttons";
        public static final String STATUS_DRAFT = "status-draft";
        public static final String STATUS_LIVE = "status-live";
        public static final String STATUS_STOPPED = "status-stopped";
        public static final String CANVAS_FRAME = "canvas-frame";
        public static final String CANVAS_TOOLBAR = "canvas-toolbar";
        public static final String TILE_TEXT = "tile-text";
        /** Followed by the tile type's file name in lower case: {@code type-email}, {@code type-segmentgroup}. */
        public static final String TILE_TYPE_PREFIX = "type-";
        public static final String HAS_ERROR = "has-error";
        public static final String HAS_WARNING = "has-warning";
        public static final String INSERTION_MARKERS = "insertion-markers";
        public static final String LYING = "lying";
        /** The control a tile editor wants Enter on the tile to reach first. */
        public static final String MAIN_SETTING = "main-setting";

        // Properties, settings, templates
        public static final String EDITOR_HEAD = "editor-head";
        public static final String ROW_FOOT = "row-foot";
        public static final String SETTINGS_SECTION = "settings-section";
        public static final String FROM_TEMPLATE = "from-template";
        public static final String TEMPLATE_GALLERY_CONTENT = "template-gallery-content";

        // Segments
        public static final String SEGMENT_GROUP = "segment-group";
        public static final String SEGMENT_MATCH = "segment-match";
        public static final String SEGMENT_SUBJECT = "segment-subject";
        public static final String SEGMENT_OPERATOR = "segment-operator";
        public static final String SEGMENT_VALUE = "segment-value";
        public static final String SEGMENT_DAYS = "segment-days";
        public static final String SEGMENT_CONDITION = "segment-condition";
        public static final String SEGMENT_ADD_CONDITION = "segment-add-condition";
        public static final String SEGMENT_ADD_GROUP = "segment-add-group";
        public static final String SEGMENT_REMOVE_CONDITION = "segment-remove-condition";
        public static final String SEGMENT_REMOVE_GROUP = "segment-remove-group";

        // Simulation, timeline, Emails tab
        public static final String SIMULATION_SETTINGS = "simulation-settings";
        public static final String SIMULATION_DIALOG = "simulation-dialog";
        public static final String TIMELINE_FILTERS = "timeline-filters";
        public static final String TIMELINE_TYPE_TOGGLE = "timeline-type-toggle";
        public static final String KPI_VALUE = "kpi-value";
    }

    /** Pseudo-classes the code switches on nodes; each has a rule in a stylesheet. */
    public static final class Pseudo {

        /** A tile card the user selected ({@code .tile:selected}). */
        public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
        /** The insertion marker a drop would use ({@code .insertion-marker:target}). */
        public static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");
        /** A drag ghost over a place that refuses the tile ({@code .drag-ghost:refused}). */
        public static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

        private Pseudo() {
        }
    }
}
