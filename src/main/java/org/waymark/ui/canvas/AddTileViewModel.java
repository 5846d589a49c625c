package org.waymark.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.ReadyTile;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.TileType;
import org.waymark.ui.edit.TilePlacement;

/**
 * The Add tile list: each tile type and the store's records as ready tiles ("Email · White paper offer"),
 * narrowed to those whose name holds what was typed (every typed word, anywhere), best first, and where the
 * highlighted one would go. Best first: what fits right at the selected tile, then what fits somewhere, then
 * what has no place in this journey; within that, the closer match (the whole name, its start, the start of a
 * word, anywhere), types before records, then the toolbox's order. No JavaFX.
 */
public final class AddTileViewModel {

    private static final int NO_MATCH = Integer.MAX_VALUE;

    private final Journey journey;
    private final List<String> selection;
    private final InsertionRules rules;
    private final TilePlacement placement;
    private final List<ReadyTile> offered;
    private final Map<TileType, Integer> fits = new EnumMap<>(TileType.class);

    public AddTileViewModel(Journey journey, List<String> selection, InsertionRules rules, List<ReadyTile> offered) {
        this.journey = journey;
        this.selection = List.copyOf(selection);
        this.rules = rules;
        this.placement = new TilePlacement(rules);
        this.offered = List.copyOf(offered);
    }

    /** The offered tiles matching {@code typed} (ignoring case and extra spaces), best first. */
    public List<ReadyTile> matching(String typed) {
        String wanted = typed.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<Ranked> found = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            ReadyTile tile = offered.get(i);
            int quality = quality(tile, wanted);
            if (quality != NO_MATCH) {
                found.add(new Ranked(tile, fit(tile.type()), quality, i));
            }
        }
        found.sort(Comparator.comparingInt(Ranked::fit).thenComparingInt(Ranked::quality)
                .thenComparing(r -> r.tile().hasAsset()).thenComparingInt(Ranked::order));
        return found.stream().map(Ranked::tile).toList();
    }

    /** The place list for {@code tile}: its first place is where Shift+Enter puts it. */
    public PlaceChooser places(ReadyTile tile) {
        return new PlaceChooser(journey, tile, rules, selection);
    }

    /** The line under the list for the highlighted tile: where Shift+Enter puts it, and how many places there are. */
    public String whereItGoes(ReadyTile tile) {
        PlaceChooser places = places(tile);
        if (places.isEmpty()) {
            return "There is no place for it in this journey";
        }
        int count = places.points().size();
        return "Shift+Enter: " + places.describe(places.current().orElseThrow()) + ". Enter: choose among "
                + count + (count == 1 ? " place" : " places");
    }

    /** 0: fits right at the selected tile (or at the end of an unselected journey); 1: elsewhere; 2: nowhere. */
    private int fit(TileType type) {
        return fits.computeIfAbsent(type, t -> placement.nextTo(journey, selection, t).isPresent() ? 0
                : rules.points(journey, t).isEmpty() ? 2 : 1);
    }

    /** 0 the whole name, 1 its start, 2 the start of a word, 3 anywhere, 4 each word somewhere; or no match. */
    private static int quality(ReadyTile tile, String wanted) {
        if (wanted.isEmpty()) {
            return 0;
        }
        String label = tile.label().toLowerCase(Locale.ROOT);
        String name = tile.hasAsset() ? tile.asset().toLowerCase(Locale.ROOT) : label;
        if (label.equals(wanted) || name.equals(wanted)) {
            return 0;
        }
        if (label.startsWith(wanted) || name.startsWith(wanted)) {
            return 1;
        }
        if (startsAWord(label, wanted)) {
            return 2;
        }
        if (label.contains(wanted)) {
            return 3;
        }
        for (String word : wanted.split(" ")) {
            if (!label.contains(word)) {
                return NO_MATCH;
            }
        }
        return 4;
    }

    private static boolean startsAWord(String text, String wanted) {
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private record Ranked(ReadyTile tile, int fit, int quality, int order) {
    }
}
