package org.waymark.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.waymark.engine.TileReport;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;

/**
 * The per-tile table {@code waymark simulate} prints: each tile in reading order (nested ones indented), its type,
 * how many entered, are still waiting and passed, its branches, and its message counts.
 */
final class SimulationTable {

    static final List<String> MESSAGE_COLUMNS = List.of("sent", "delivered", "opened", "clicked", "bounced",
            "unsubscribed");
    private static final String ROW = "%-32s %-16s %9s %9s %9s  %-26s %9s %9s %9s %9s %9s %9s%n";
    private static final int LABEL_WIDTH = 32;

    private SimulationTable() {
    }

    static void print(PrintWriter out, Journey journey, List<TileReport> tiles) {
        Map<String, Integer> depths = new HashMap<>();
        for (TilePlace place : PipelineWalker.places(journey.pipeline())) {
            depths.put(place.tile().id(), place.depth());
        }
        out.printf(ROW, "TILE", "TYPE", "ENTERED", "WAITING", "PASSED", "BRANCHES", "SENT", "DELIVERED", "OPENED",
                "CLICKED", "BOUNCED", "UNSUB");
        for (TileReport tile : tiles) {
            String label = "  ".repeat(depths.getOrDefault(tile.tileId(), 0)) + tile.label();
            out.printf(ROW, fit(label), tile.type(), count(tile.entered()), count(tile.waiting()),
                    count(tile.passed()), branches(tile), message(tile, "sent"), message(tile, "delivered"),
                    message(tile, "opened"), message(tile, "clicked"), message(tile, "bounced"),
                    message(tile, "unsubscribed"));
        }
    }

    private static String fit(String label) {
        return label.length() <= LABEL_WIDTH ? label : label.substring(0, LABEL_WIDTH - 1) + "…";
    }

    private static String branches(TileReport tile) {
        if (tile.branches().isEmpty()) {
            return "-";
        }
        return tile.branches().entrySet().stream().map(e -> e.getKey() + " " + count(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** A message count, or "-" for a tile that has no such count (not a channel). */
    private static String message(TileReport tile, String key) {
        Long value = tile.messages().get(key);
        return value == null ? "-" : count(value);
    }

    private static String count(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }
}
