package org.waymark.ui.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.engine.TileReport;

/**
 * The line of counts a tile card shows after a simulation, from the tile's report: for a message "980 sent · 412
 * opened · 96 clicked", for a trigger "812 true · 355 false", for a splitter each branch "A: 602 · B: 598", for the
 * start "1,204 entered · 96 kept out", for content what visitors did, for an action what it created, otherwise
 * "1,204 entered · 37 waiting · 1,167 passed". Contacts still held at a trigger or splitter, and contacts who left
 * the journey at a tile (suppressed or unsubscribed midway), are added when there are any.
 */
public final class TileResultText {

    static final String SEPARATOR = " · ";
    private static final List<String> KEPT_OUT = List.of("excluded", "belowConsent", "outOfScope", "suppressed");

    /** The line for each tile of the run, by tile id. */
    public Map<String, String> lines(SimulationRun run) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (TileReport tile : run.tiles()) {
            lines.putIfAbsent(tile.tileId(), of(tile));
        }
        return lines;
    }

    public String of(TileReport tile) {
        List<String> parts = new ArrayList<>();
        switch (tile.type()) {
            case "email" -> messages(tile, parts, "sent", "opened", "clicked");
            case "sms" -> messages(tile, parts, "sent", "delivered", "clicked");
            case "pushNotification" -> messages(tile, parts, "sent", "delivered", "opened");
            case "trigger", "splitter" -> branches(tile, parts);
            case "segmentGroup" -> start(tile, parts);
            case "segment" -> segment(tile, parts);
            case "marketingPage", "marketingForm", "event" -> messages(tile, parts, "visited", "submitted", "registered",
                    "attended");
            case "createLead" -> created(tile, parts, "lead", "leads");
            case "activity" -> created(tile, parts, "activity", "activities");
            case "launchWorkflow" -> created(tile, parts, "workflow run", "workflow runs");
            default -> flow(tile, parts);
        }
        long removed = tile.message("removed");
        if (removed > 0) {
            parts.add(Counts.of(removed, "left the journey"));
        }
        return String.join(SEPARATOR, parts);
    }

    /** The line as a screen reader should say it: commas instead of dots. */
    public static String spoken(String line) {
        return line.replace(SEPARATOR, ", ");
    }

    private static void messages(TileReport tile, List<String> parts, String... keys) {
        for (String key : keys) {
            if (tile.messages().containsKey(key)) {
                parts.add(Counts.of(tile.message(key), key));
            }
        }
        if (parts.isEmpty()) {
            flow(tile, parts);
        }
    }

    private static void branches(TileReport tile, List<String> parts) {
        boolean trigger = "trigger".equals(tile.type());
        tile.branches().forEach((branch, count) -> parts.add(trigger ? Counts.of(count, branch)
                : branch + ": " + Counts.of(count)));
        if (tile.waiting() > 0 || parts.isEmpty()) {
            parts.add(Counts.of(tile.waiting(), "waiting"));
        }
    }

    private static void start(TileReport tile, List<String> parts) {
        parts.add(Counts.of(tile.entered(), "entered"));
        long keptOut = KEPT_OUT.stream().mapToLong(tile::message).sum();
        if (keptOut > 0) {
            parts.add(Counts.of(keptOut, "kept out"));
        }
    }

    private static void segment(TileReport tile, List<String> parts) {
        if (tile.messages().containsKey("excluded")) {
            parts.add(Counts.of(tile.message("excluded"), "excluded"));
        } else {
            parts.add(Counts.of(tile.entered(), "entered"));
        }
    }

    private static void created(TileReport tile, List<String> parts, String one, String many) {
        parts.add(Counts.of(tile.entered(), "entered"));
        parts.add(Counts.plural(tile.message("created"), one, many) + " created");
        if (tile.waiting() > 0) {
            parts.add(Counts.of(tile.waiting(), "waiting"));
        }
    }

    private static void flow(TileReport tile, List<String> parts) {
        parts.add(Counts.of(tile.entered(), "entered"));
        parts.add(Counts.of(tile.waiting(), "waiting"));
        parts.add(Counts.of(tile.passed(), "passed"));
    }
}
