package org.waymark.ui.canvas;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.journey.JourneyProblem.Severity;
import org.waymark.model.tile.Tile;
import org.waymark.ui.appearance.StyleClass;

/**
 * One tile on the canvas: a card with its type icon, name and status line, sized and placed as the layout
 * says. Found by tests and the stylesheet as {@code .tile}; its {@link #getId() id} is {@code tile-<tile id>}. What
 * a screen reader says on it (accessible text: {@link TileAccessibleName}; help: status, problems and keys) comes
 * with every redraw, so it follows the journey's changes, the tiles around it included.
 */
public final class TileNode extends VBox {

    private PlacedTile placed;
    private final String status;
    private final Optional<Severity> problem;
    private String help;
    private Tooltip tooltip;
    private final Label name;
    private final Label statusLine;
    /** The band of count badges under the header, after a simulation. */
    private final FlowPane results = new FlowPane(4, 4);
    private List<TileBadge> badges = List.of();

    public TileNode(PlacedTile placed, String status, String accessibleText, String help,
                    Optional<Severity> problem, TileIcons icons) {
        this.placed = placed;
        this.status = status;
        this.problem = problem;
        this.help = help;
        setId("tile-" + placed.tile().id());
        getStyleClass().addAll(StyleClass.TILE, TileIcons.categoryStyle(placed.tile().type().category()),
                StyleClass.Hooks.TILE_TYPE_PREFIX + placed.tile().type().fileName().toLowerCase(Locale.ROOT));
        if (placed.nested()) {
            getStyleClass().add(StyleClass.NESTED);
        }
        place(placed.box());

        name = new Label(placed.tile().displayName());
        name.getStyleClass().add(StyleClass.TILE_NAME);
        statusLine = new Label(status);
        statusLine.getStyleClass().add(StyleClass.TILE_STATUS);
        WrappedText.wrap(name); // a long name takes a second line rather than an ellipsis
        if (!placed.nested()) {
            WrappedText.wrap(statusLine);
        }
        results.getStyleClass().add(StyleClass.TILE_RESULTS);
        results.setVisible(false);
        results.setManaged(false);
        VBox text = new VBox(name, statusLine);
        text.getStyleClass().add(StyleClass.Hooks.TILE_TEXT);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox header = new HBox(badge(icons.icon(placed.tile().type())), text);
        header.getStyleClass().add(StyleClass.TILE_HEADER);
        header.setAlignment(Pos.CENTER_LEFT);
        double headerHeight = placed.nested() ? PipelineLayout.NESTED_HEIGHT : PipelineLayout.TILE_HEIGHT;
        header.setMinHeight(headerHeight);
        header.setPrefHeight(headerHeight);
        header.setMaxHeight(headerHeight);
        problem.ifPresent(severity -> header.getChildren().add(problemMark(severity)));
        getChildren().addAll(header, results);

        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(accessibleText);
        setAccessibleHelp(help);
        // a tooltip per card is costly on large journeys: made when the pointer first comes over the card
        setOnMouseEntered(e -> {
            if (tooltip == null) {
                tooltip = new Tooltip(this.placed.tile().displayName() + "\n" + this.help);
                Tooltip.install(this, tooltip);
            }
        });
    }

    /**
     * True when this card already shows {@code other} as it would be drawn anew (same id, type, name, status
     * line and problem mark), so a redraw may move it instead of building a new one. What the card does not
     * show, such as the tiles on a trigger's paths, does not matter.
     */
    boolean shows(PlacedTile other, String otherStatus, Optional<Severity> otherProblem) {
        Tile mine = placed.tile();
        Tile theirs = other.tile();
        return mine.id().equals(theirs.id()) && mine.type() == theirs.type()
                && mine.displayName().equals(theirs.displayName()) && placed.nested() == other.nested()
                && placed.box().width() == other.box().width() && placed.box().height() == other.box().height()
                && status.equals(otherStatus) && problem.equals(otherProblem);
    }

    /** Moves the card to where the new layout puts it, with its new place in the reading order. */
    void moveTo(PlacedTile now, String accessibleText, String newHelp) {
        placed = now;
        help = newHelp;
        place(now.box());
        if (!accessibleText.equals(getAccessibleText())) {
            setAccessibleText(accessibleText);
        }
        if (!newHelp.equals(getAccessibleHelp())) {
            setAccessibleHelp(newHelp);
            if (tooltip != null) {
                tooltip.setText(now.tile().displayName() + "\n" + newHelp);
            }
        }
    }

    /**
     * Shows the last simulation's counts as badges in a band under the header (none hides the band); each badge says
     * what it counts in its tooltip. The layout made the card tall enough for them.
     */
    public void showBadges(List<TileBadge> now) {
        if (now.equals(badges)) {
            return;
        }
        badges = List.copyOf(now);
        results.getChildren().setAll(badges.stream().map(TileNode::badgeLabel).toList());
        results.setVisible(!badges.isEmpty());
        results.setManaged(!badges.isEmpty());
    }

    /** The counts shown, as one line ("285 sent · 60 opened"); "" when none. */
    public String resultText() {
        return TileBadge.line(badges);
    }

    private static Label badgeLabel(TileBadge badge) {
        Label label = new Label(badge.text());
        label.getStyleClass().addAll(StyleClass.TILE_COUNT_BADGE, badge.tone().styleClass());
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setAccessibleText(badge.explanation());
        label.setTooltip(new Tooltip(badge.explanation()));
        return label;
    }

    private void place(Box box) {
        if (getLayoutX() != box.x() || getLayoutY() != box.y()) {
            relocate(box.x(), box.y());
        }
        setMinSize(box.width(), box.height());
        setPrefSize(box.width(), box.height());
        setMaxSize(box.width(), box.height());
    }

    public PlacedTile placed() {
        return placed;
    }

    public String tileId() {
        return placed.tile().id();
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(StyleClass.Pseudo.SELECTED, selected);
    }

    private static StackPane badge(SVGPath icon) {
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().add(StyleClass.TILE_BADGE);
        badge.setMinSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        badge.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        return badge;
    }

    private Label problemMark(Severity severity) {
        boolean error = severity == Severity.ERROR;
        getStyleClass().add(error ? StyleClass.Hooks.HAS_ERROR : StyleClass.Hooks.HAS_WARNING);
        Label mark = new Label("!");
        mark.getStyleClass().addAll(StyleClass.TILE_PROBLEM, error ? StyleClass.ERROR : StyleClass.WARNING);
        mark.setMinWidth(Label.USE_PREF_SIZE);
        return mark;
    }
}
