package org.waymark.ui.simulation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.engine.TileReport;
import org.waymark.model.journey.Schedule;
import org.waymark.model.tile.Tile;

/**
 * The Data tab of the designer: the totals of the last simulation of the open journey (contacts entered, messages
 * sent, delivered, opened and clicked, leads and activities created), the run's settings, and the funnel of the
 * first message on the main path: entered → sent → delivered → opened → clicked, each bar with its number and its
 * share of the contacts who entered. Empty until a run finishes, and again when its journey changes.
 */
public final class SimulationDataViewModel {

    /** A line of the totals or the settings: "Contacts entered", "1,204". */
    public record Row(String label, String value) {

        /** What a screen reader says: "Contacts entered: 1,204". */
        public String spoken() {
            return label + ": " + value;
        }
    }

    /** A bar of the funnel: its share of the contacts who entered (0 to 1) and its words. */
    public record FunnelBar(String label, long count, double share) {

        /** "412 · 41.6 %". */
        public String text() {
            return Counts.of(count) + TileResultText.SEPARATOR + Counts.percent(share);
        }

        /** "Opened: 412 contacts, 41.6 % of those who entered". */
        public String spoken() {
            return label + ": " + Counts.plural(count, "contact", "contacts") + ", " + Counts.percent(share)
                    + " of those who entered";
        }
    }

    private static final Set<String> MESSAGES = Set.of("email", "sms", "pushNotification");
    private static final List<String> STAGES = List.of("sent", "delivered", "opened", "clicked");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<Row> totals = FXCollections.observableArrayList();
    private final ObservableList<Row> settings = FXCollections.observableArrayList();
    private final ObservableList<FunnelBar> funnel = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper funnelCaption = new ReadOnlyStringWrapper("");

    /** Shows whichever run {@code runs} holds (none: the empty state). */
    public void follow(ObservableValue<SimulationRun> runs) {
        runs.addListener((obs, old, run) -> show(run));
        show(runs.getValue());
    }

    public void show(SimulationRun run) {
        empty.set(run == null);
        if (run == null) {
            totals.clear();
            settings.clear();
            funnel.clear();
            funnelCaption.set("");
            return;
        }
        totals.setAll(totals(run));
        settings.setAll(settings(run));
        Optional<TileReport> first = firstMessageOnMainPath(run);
        funnel.setAll(first.map(tile -> funnel(run, tile)).orElse(List.of()));
        funnelCaption.set(first.map(tile -> "Contacts who entered, then " + typeLabel(tile) + " '" + tile.label()
                + "', the first message on the main path.")
                .orElse("The main path sends no message, so there is no funnel to show."));
    }

    private static List<Row> totals(SimulationRun run) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Contacts entered", Counts.of(run.contactsEntered())));
        for (String stage : STAGES) {
            long sum = run.tiles().stream().filter(t -> MESSAGES.contains(t.type())).mapToLong(t -> t.message(stage))
                    .sum();
            rows.add(new Row(stage.equals("sent") ? "Messages sent" : "Messages " + stage, Counts.of(sum)));
        }
        rows.add(new Row("Leads created", Counts.of(run.leads())));
        rows.add(new Row("Activities created", Counts.of(run.activities())));
        if (run.workflowRuns() > 0) {
            rows.add(new Row("Workflows launched", Counts.of(run.workflowRuns())));
        }
        rows.add(new Row("Interactions", Counts.of(run.interactions())));
        return rows;
    }

    private static List<Row> settings(SimulationRun run) {
        SimulationJob job = run.job();
        SimulationSettings chosen = job.settings();
        Schedule schedule = job.journey().settings().schedule();
        ZoneId zone = schedule == null ? ZoneId.of("UTC") : schedule.zone();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Seed", Long.toString(chosen.seed())));
        rows.add(new Row("Period", Counts.plural(chosen.days(), "day", "days") + " from "
                + DAY.format(job.start().atZone(zone))));
        rows.add(new Row("Model", chosen.modelFile() == null ? "Default" : chosen.modelName()));
        rows.add(new Row("Contacts", Counts.of(run.population()) + (chosen.storeContacts() ? " of the store"
                : " synthetic")));
        rows.add(new Row("Saved as", run.runId().orElse("Not saved")));
        return rows;
    }

    private static List<FunnelBar> funnel(SimulationRun run, TileReport message) {
        long entered = run.contactsEntered();
        List<FunnelBar> bars = new ArrayList<>();
        bars.add(new FunnelBar("Entered", entered, entered == 0 ? 0 : 1));
        for (String stage : STAGES) {
            if (message.messages().containsKey(stage)) {
                long count = message.message(stage);
                String label = Character.toUpperCase(stage.charAt(0)) + stage.substring(1);
                bars.add(new FunnelBar(label, count, entered == 0 ? 0 : Math.min(1, (double) count / entered)));
            }
        }
        return bars;
    }

    /** The report of the first email, SMS or push notification among the journey's top-level tiles. */
    private static Optional<TileReport> firstMessageOnMainPath(SimulationRun run) {
        for (Tile tile : run.job().journey().pipeline()) {
            if (MESSAGES.contains(tile.type().fileName())) {
                return run.tiles().stream().filter(t -> t.tileId().equals(tile.id())).findFirst();
            }
        }
        return Optional.empty();
    }

    private static String typeLabel(TileReport tile) {
        return switch (tile.type()) {
            case "sms" -> "SMS";
            case "pushNotification" -> "push notification";
            default -> "email";
        };
    }

    /** True while there is no run to show. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ObservableList<Row> totals() {
        return totals;
    }

    /** How the run was made: seed, period, model, population, whether its interactions were saved. */
    public ObservableList<Row> settings() {
        return settings;
    }

    public ObservableList<FunnelBar> funnel() {
        return funnel;
    }

    /** Which message the funnel follows, or why there is none. */
    public ReadOnlyStringProperty funnelCaptionProperty() {
        return funnelCaption.getReadOnlyProperty();
    }
}
