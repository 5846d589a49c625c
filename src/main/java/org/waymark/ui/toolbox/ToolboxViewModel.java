package org.waymark.ui.toolbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.tile.TileCategory;
import org.waymark.model.tile.TileType;

/**
 * What the toolbox lists: every tile type, grouped by category in the toolbox order (targets and inbound starts,
 * channels, flow, internal actions, content), narrowed by the filter text. Each word typed must appear in a
 * type's name or description; a category without a match is left out.
 */
public final class ToolboxViewModel {

    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<TileType> entries = FXCollections.observableArrayList();
    private final ObservableList<TileType> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);

    public ToolboxViewModel() {
        filter.addListener((obs, old, text) -> refresh());
        refresh();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The shown types, category after category. */
    public ObservableList<TileType> entries() {
        return readOnlyEntries;
    }

    /** The shown types by category; categories without a shown type are left out. */
    public List<ToolboxGroup> groups() {
        List<ToolboxGroup> groups = new ArrayList<>();
        for (TileCategory category : TileCategory.values()) {
            List<TileType> types = entries.stream().filter(t -> t.category() == category).toList();
            if (!types.isEmpty()) {
                groups.add(new ToolboxGroup(category, types));
            }
        }
        return groups;
    }

    /** True for the first shown type of its category: the toolbox puts the category's title above it. */
    public boolean startsGroup(TileType type) {
        int index = entries.indexOf(type);
        return index == 0 || index > 0 && entries.get(index - 1).category() != type.category();
    }

    /** "Email, channels: Sends a marketing email", for screen readers. */
    public String accessibleText(TileType type) {
        return type.label() + ", " + type.category().label().toLowerCase(Locale.ROOT) + ": " + type.description();
    }

    static boolean matches(TileType type, String filterText) {
        String text = (type.label() + " " + type.description()).toLowerCase(Locale.ROOT);
        return Arrays.stream(filterText.toLowerCase(Locale.ROOT).trim().split("\\s+"))
                .allMatch(word -> word.isEmpty() || text.contains(word));
    }

    private void refresh() {
        String text = filter.get() == null ? "" : filter.get();
        List<TileType> shown = new ArrayList<>();
        for (TileCategory category : TileCategory.values()) {
            for (TileType type : TileType.values()) {
                if (type.category() == category && matches(type, text)) {
                    shown.add(type);
                }
            }
        }
        entries.setAll(shown);
    }
}
