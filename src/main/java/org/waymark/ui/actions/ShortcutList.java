package org.waymark.ui.actions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shortcut overlay's view model: every action with all its shortcuts, then the keys of the designer's parts,
 * narrowed by a search that must find each of its words in the keys, the description or the place ("zoom",
 * "ctrl+s", "canvas move"); lines whose name holds the search come first, so "dark" puts "Dark theme" on top.
 */
public final class ShortcutList {

    private final List<KeyHelp> everything;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<KeyHelp> shown = FXCollections.observableArrayList();

    public ShortcutList(DesignerKeys keys) {
        List<KeyHelp> lines = new ArrayList<>();
        for (ActionId id : ActionId.values()) {
            lines.add(new KeyHelp(id.allShortcutsText(), id.plainLabel() + ": " + id.description(), id.category().title(), id));
        }
        lines.addAll(keys.all());
        everything = List.copyOf(lines);
        search.addListener((obs, old, text) -> refresh());
        refresh();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<KeyHelp> shown() {
        return shown;
    }

    /** "12 of 52 shortcuts", for the overlay's count line and screen readers. */
    public String countText() {
        return shown.size() == everything.size()
                ? everything.size() + " shortcuts"
                : shown.size() + " of " + everything.size() + " shortcuts";
    }

    private void refresh() {
        String query = search.get() == null ? "" : search.get().toLowerCase(Locale.ROOT).trim();
        String[] words = query.split("\\s+");
        shown.setAll(everything.stream().filter(line -> matches(line, words))
                .sorted(Comparator.comparingInt(line -> rank(line, query, words))).toList());
    }

    /** Lines whose label starts with the search first, then those whose label holds every word, then the rest. */
    private static int rank(KeyHelp line, String query, String[] words) {
        String label = line.what().toLowerCase(Locale.ROOT);
        if (label.startsWith(query)) {
            return 0;
        }
        String name = label.contains(":") ? label.substring(0, label.indexOf(':')) : label;
        return Arrays.stream(words).allMatch(name::contains) ? 1 : 2;
    }

    private static boolean matches(KeyHelp line, String[] words) {
        String haystack = (line.keys() + " " + line.what() + " " + line.where()).toLowerCase(Locale.ROOT);
        return Arrays.stream(words).allMatch(word -> word.isEmpty() || haystack.contains(word));
    }
}
