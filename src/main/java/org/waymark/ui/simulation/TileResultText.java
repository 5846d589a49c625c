package org.waymark.ui.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.engine.TileReport;
import org.waymark.ui.canvas.TileBadge;
import org.waymark.ui.canvas.TileBadge.Tone;

/**
 * The count badges a tile card shows after a simulation, from the tile's report, each with the sentence that
 * explains it: for a message "980 sent · 412 opened · 96 clicked", for a trigger "812 true · 355 false", for a
 * splitter each branch "A: 602 · B: 598", for the start "1,204 entered · 96 kept out" (the reasons in the
 * explanation: an excluded segment, consent, business unit, suppression), for content what visitors did, for an
 * action what it created, otherwise "1,204 entered · 37 waiting · 1,167 passed". Contacts still held at a trigger
 * or splitter, and contacts who left the journey at a tile (suppressed or unsubscribed midway), are added when there
 * are any.
 */
public final class TileResultText {

    static final String SEPARATOR = TileBadge.SEPARATOR;
    /** The start tile's reasons for keeping a contact out, in the order they are said, with their words. */
    private static final List<Map.Entry<String, String>> KEPT_OUT = List.of(
            Map.entry("excluded", "in a segment the journey excludes"),
            Map.entry("belowConsent", "below the journey's minimum consent"),
            Map.entry("outOfScope", "outside the journey's business unit"),
            Map.entry("suppressed", "in the suppression segment"));
    private static final Map<String, String> DOING = Map.of(
            "sent", "{were} sent it", "delivered", "received it", "opened", "opened it",
            "clicked", "clicked a link in it", "visited", "visited it", "submitted", "submitted it", "registered", "registered",
            "attended", "attended");

    /** The badges for each tile of the run, by tile id. */
    public Map<String, List<TileBadge>> lines(SimulationRun run) {
        Map<String, List<TileBadge>> badges = new LinkedHashMap<>();
        for (TileReport tile : run.tiles()) {
            badges.putIfAbsent(tile.tileId(), badges(tile));
        }
        return badges;
    }

    /** The badges as one line: "980 sent · 412 opened · 96 clicked". */
    public String of(TileReport tile) {
        return TileBadge.line(badges(tile));
    }

    public List<TileBadge> badges(TileReport tile) {
        List<TileBadge> parts = new ArrayList<>();
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
            parts.add(new TileBadge(Counts.of(removed, "left the journey"), Tone.KEPT_OUT, contacts(removed)
                    + " left the journey here: suppressed or unsubscribed midway"));
        }
        return List.copyOf(parts);
    }

    /** The line as a screen reader should say it: commas instead of dots. */
    public static String spoken(String line) {
        return line.replace(SEPARATOR, ", ");
    }

    private static void messages(TileReport tile, List<TileBadge> parts, String... keys) {
        for (String key : keys) {
            if (tile.messages().containsKey(key)) {
                long count = tile.message(key);
                Tone tone = key.equals("sent") || key.equals("visited") ? Tone.FLOW : Tone.OUTCOME;
                String did = DOING.get(key).replace("{were}", were(count));
                parts.add(new TileBadge(Counts.of(count, key), tone, contacts(count) + " " + did));
            }
        }
        if (parts.isEmpty()) {
            flow(tile, parts);
        }
    }

    private static void branches(TileReport tile, List<TileBadge> parts) {
        boolean trigger = "trigger".equals(tile.type());
        tile.branches().forEach((branch, count) -> {
            if (trigger) {
                boolean yes = "true".equals(branch);
                parts.add(new TileBadge(Counts.of(count, branch), yes ? Tone.TRUE : Tone.FALSE, contacts(count)
                        + (yes ? " met the trigger's rule and took the true path"
                        : " did not meet the rule in time and took the false path")));
            } else {
                parts.add(new TileBadge(branch + ": " + Counts.of(count), Tone.BRANCH,
                        contacts(count) + " went down branch " + branch));
            }
        });
        if (tile.waiting() > 0 || parts.isEmpty()) {
            parts.add(waiting(tile.waiting()));
        }
    }

    private static void start(TileReport tile, List<TileBadge> parts) {
        parts.add(entered(tile.entered()));
        long keptOut = KEPT_OUT.stream().mapToLong(reason -> tile.message(reason.getKey())).sum();
        if (keptOut > 0) {
            List<String> why = new ArrayList<>();
            for (Map.Entry<String, String> reason : KEPT_OUT) {
                if (tile.message(reason.getKey()) > 0) {
                    why.add(Counts.of(tile.message(reason.getKey())) + " " + reason.getValue());
                }
            }
            parts.add(new TileBadge(Counts.of(keptOut, "kept out"), Tone.KEPT_OUT, contacts(keptOut)
                    + " targeted " + were(keptOut) + " kept out of the journey: " + String.join(", ", why)));
        }
    }

    private static void segment(TileReport tile, List<TileBadge> parts) {
        if (tile.messages().containsKey("excluded")) {
            long excluded = tile.message("excluded");
            parts.add(new TileBadge(Counts.of(excluded, "excluded"), Tone.KEPT_OUT,
                    contacts(excluded) + " of this segment " + were(excluded) + " kept out of the journey"));
        } else {
            parts.add(new TileBadge(Counts.of(tile.entered(), "entered"), Tone.FLOW,
                    contacts(tile.entered()) + " entered the journey through this segment"));
        }
    }

    private static void created(TileReport tile, List<TileBadge> parts, String one, String many) {
        parts.add(entered(tile.entered()));
        long created = tile.message("created");
        String what = Counts.plural(created, one, many);
        parts.add(new TileBadge(what + " created", Tone.OUTCOME, what + " created here"));
        if (tile.waiting() > 0) {
            parts.add(waiting(tile.waiting()));
        }
    }

    private static void flow(TileReport tile, List<TileBadge> parts) {
        parts.add(entered(tile.entered()));
        parts.add(waiting(tile.waiting()));
        parts.add(new TileBadge(Counts.of(tile.passed(), "passed"), Tone.FLOW,
                contacts(tile.passed()) + " went on past this tile"));
    }

    private static TileBadge entered(long count) {
        return new TileBadge(Counts.of(count, "entered"), Tone.FLOW, contacts(count) + " reached this tile");
    }

    private static TileBadge waiting(long count) {
        return new TileBadge(Counts.of(count, "waiting"), Tone.WAITING,
                contacts(count) + " " + were(count) + " still waiting here when the simulated period ended");
    }

    private static String were(long count) {
        return count == 1 ? "was" : "were";
    }

    private static String contacts(long count) {
        return Counts.plural(count, "contact", "contacts");
    }
}
