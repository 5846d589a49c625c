package org.waymark.ui.timeline;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.ui.appearance.StyleClass;

/**
 * A line of the timeline: a day heading, or an interaction (icon, what happened, asset, detail, when) with, when it
 * is the expanded one, its message and engagement below. Near the end of what is loaded it asks for the next page.
 */
final class TimelineCell extends ListCell<TimelineRow> {

    private static final int LOAD_AHEAD = 20;

    private final TimelineViewModel model;
    private final TimelineIcons icons;
    private final ActivityIcons activityIcons = new ActivityIcons();
    private final Consumer<String> openUrl;
    /** Redraws this cell when its item is expanded or collapsed. */
    private final ChangeListener<ItemDetail> expansion = (obs, old, now) -> {
        if (getItem() instanceof TimelineRow.Entry entry && (concerns(old, entry) || concerns(now, entry))) {
            updateItem(getItem(), false);
        }
    };

    TimelineCell(TimelineViewModel model, TimelineIcons icons, Consumer<String> openUrl) {
        this.model = model;
        this.icons = icons;
        this.openUrl = openUrl;
        getStyleClass().add(StyleClass.TIMELINE_CELL);
        setPrefWidth(0); // as wide as the list, never wider: long lines wrap instead of scrolling sideways
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        // weak: the list may drop cells, and a cell must not outlive it through the view model
        model.expandedProperty().addListener(new WeakChangeListener<>(expansion));
    }

    private static boolean concerns(ItemDetail detail, TimelineRow.Entry entry) {
        return detail != null && detail.itemId() == entry.item().id();
    }

    @Override
    protected void updateItem(TimelineRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(StyleClass.TIMELINE_DAY, StyleClass.TIMELINE_ENTRY);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        if (getIndex() >= getListView().getItems().size() - LOAD_AHEAD) {
            model.loadMore();
        }
        if (row instanceof TimelineRow.DayHeader day) {
            getStyleClass().add(StyleClass.TIMELINE_DAY);
            Label label = new Label(day.label());
            label.getStyleClass().add(StyleClass.TIMELINE_DAY_LABEL);
            setGraphic(label);
            setAccessibleText(day.label());
            return;
        }
        TimelineRow.Entry entry = (TimelineRow.Entry) row;
        getStyleClass().add(StyleClass.TIMELINE_ENTRY);
        VBox content = new VBox(2, line(entry));
        ItemDetail detail = model.expandedProperty().get();
        if (concerns(detail, entry)) {
            content.getChildren().add(new ItemDetailView(detail, entry.item(), model.words()));
        }
        setGraphic(content);
        setAccessibleText(entry.spoken() + (concerns(detail, entry) ? ". Expanded" : ""));
        setAccessibleHelp(entry.item().isMessage() ? "Enter shows the message and what the contact did with it"
                : entry.item().hasUrl() ? "Ctrl+Enter opens the web address" : null);
    }

    private HBox line(TimelineRow.Entry entry) {
        TimelineItem item = entry.item();
        StackPane badge = new StackPane(activityIcons.of(model.iconOf(item))
                .orElseGet(() -> icons.of(item.type())));
        badge.getStyleClass().addAll(StyleClass.TIMELINE_BADGE, TimelineIcons.styleOf(item.type()));
        badge.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label headline = new Label(entry.headline());
        headline.getStyleClass().add(StyleClass.TIMELINE_HEADLINE);
        Label asset = new Label(entry.asset());
        asset.getStyleClass().add(StyleClass.TIMELINE_ASSET);
        asset.setMinWidth(0);
        FlowPane top = new FlowPane(6, 0, headline, asset); // the asset goes below a headline it has no room beside
        top.setAlignment(Pos.BASELINE_LEFT);
        top.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(1, top);
        if (!entry.simulated().isEmpty()) { // never mistaken for what really happened
            Label simulated = new Label(entry.simulated());
            simulated.getStyleClass().add(StyleClass.TIMELINE_SIMULATED);
            WrappedText.wrap(simulated); // the tile's name whole, on a second line if need be
            text.getChildren().add(simulated);
        }
        String rest = entry.who().isEmpty() ? entry.detail()
                : entry.detail().isEmpty() ? entry.who() : entry.who() + " · " + entry.detail();
        if (!rest.isEmpty()) {
            Label detail = new Label(rest);
            detail.getStyleClass().add(StyleClass.TIMELINE_DETAIL);
            WrappedText.wrap(detail);
            text.getChildren().add(detail);
        }
        if (item.hasUrl()) {
            Hyperlink link = new Hyperlink(item.url());
            link.getStyleClass().add(StyleClass.TIMELINE_URL);
            link.setFocusTraversable(false);
            link.setOnAction(e -> openUrl.accept(item.url()));
            text.getChildren().add(link);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        Label when = new Label(entry.relative());
        when.getStyleClass().add(StyleClass.TIMELINE_WHEN);
        when.setTooltip(new Tooltip(entry.exact()));
        when.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, badge, text, when);
        line.setAlignment(Pos.TOP_LEFT);
        return line;
    }
}
