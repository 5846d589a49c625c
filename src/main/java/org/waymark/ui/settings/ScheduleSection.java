package org.waymark.ui.settings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.Recurrence;
import org.waymark.model.journey.Schedule;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.properties.Checked;
import org.waymark.ui.properties.Field;
import org.waymark.ui.properties.SearchableComboBox;
import org.waymark.ui.properties.Synced;
import org.waymark.ui.properties.Texts;

/**
 * When the journey runs: start and end (date and time) in a time zone, and whether it recurs. An end that is
 * not after the start is shown and not applied; a recurrence that does not fit is applied and flagged.
 */
final class ScheduleSection extends VBox {

    private final JourneySettingsViewModel model;
    private final BiConsumer<JourneySettings, String> change;
    private final TextField startDate = dateField("setting-start-date", "Start");
    private final TextField startTime = timeField("setting-start-time", "Start");
    private final TextField endDate = dateField("setting-end-date", "End");
    private final TextField endTime = timeField("setting-end-time", "End");
    private final Field start;
    private final Field end;
    private final SearchableComboBox zone = new SearchableComboBox();
    private final Field zoneField;
    private final CheckBox recurring = new CheckBox("Recurring: contacts go through again at intervals");
    private final TextField interval = new TextField();
    private final TextField count = new TextField();
    private final Field intervalField;
    private final Field countField;
    private final Field recurrenceField;
    private final Synced<LocalDateTime> startSync = new Synced<>(m -> write(m, startDate, startTime));
    private final Synced<LocalDateTime> endSync = new Synced<>(m -> write(m, endDate, endTime));
    private final Synced<Recurrence> recurrenceSync = new Synced<>(this::writeRecurrence);
    private JourneySettings settings;

    ScheduleSection(JourneySettingsViewModel model, BiConsumer<JourneySettings, String> change) {
        this.model = model;
        this.change = change;
        getStyleClass().add(StyleClass.Hooks.SETTINGS_SECTION);
        setSpacing(12);
        start = new Field("Start", new HBox(6, startDate, startTime), startDate, startTime);
        end = new Field("End", new HBox(6, endDate, endTime), endDate, endTime);
        for (TextField text : new TextField[] {startDate, startTime, endDate, endTime}) {
            text.textProperty().addListener((o, was, now) -> scheduleTyped(text == startDate || text == startTime));
        }
        zone.setId("setting-zone");
        zone.setChoices(model.zones());
        zone.setPromptText("Type to search, e.g. Paris");
        zone.setAccessibleText("Time zone. The zone in which start, end and tile dates are read; type part of "
                + "its name to narrow the list");
        zoneField = new Field("Time zone", zone, zone);
        zone.onPick(typed -> {
            Checked<ZoneId> picked = model.zone(typed);
            if (!picked.isValid()) {
                zoneField.error(picked.problem());
                return;
            }
            zoneField.clear();
            Schedule s = settings.schedule();
            change.accept(model.with(settings, d -> d.schedule(new Schedule(s.start(), s.end(), picked.value()))),
                    "time zone");
        });
        zone.onFilter(n -> zoneField.problems(null, n == 0 ? "No time zone matches what you typed" : null));
        recurring.setId("setting-recurring");
        WrappedText.wrap(recurring);
        recurring.setAccessibleText("Recurring journey. When on, every contact goes through the journey again after "
                + "each interval, up to the count");
        recurring.selectedProperty().addListener((o, was, on) -> recurringToggled(on));
        interval.setId("setting-interval");
        count.setId("setting-count");
        interval.setPrefColumnCount(5);
        count.setPrefColumnCount(5);
        interval.textProperty().addListener((o, was, now) -> recurrenceTyped("recurrence interval"));
        count.textProperty().addListener((o, was, now) -> recurrenceTyped("recurrence count"));
        intervalField = Field.of("Every (days)", interval, "Recurrence interval: the days each recurrence lasts");
        countField = Field.of("Times", count, "Recurrence count: the most times a contact goes through");
        recurrenceField = new Field("Recurrence", new HBox(16, intervalField, countField), interval, count);
        getChildren().addAll(start, end, zoneField, recurring, recurrenceField);
    }

    /** Shows the settings' schedule and recurrence; fields the user is fixing keep what they typed. */
    void show(JourneySettings now) {
        this.settings = now;
        Schedule s = now.schedule();
        boolean startChanged = startSync.show(s.start());
        boolean endChanged = endSync.show(s.end());
        if (startChanged || endChanged) {
            start.clear();
            end.clear();
        }
        showDuration();
        zone.show(s.zone().getId());
        if (recurrenceSync.show(now.recurrence())) {
            intervalField.clear();
            countField.clear();
        }
        recurring.setSelected(now.recurrence() != null);
        recurrenceField.setDisable(now.recurrence() == null);
        recurrenceField.problems(model.recurrenceProblem(now).orElse(null), null);
    }

    private void scheduleTyped(boolean startTyped) {
        if (startSync.writing() || endSync.writing() || settings == null) {
            return;
        }
        JourneySettingsViewModel.ScheduleCheck check = model.schedule(startDate.getText(), startTime.getText(),
                endDate.getText(), endTime.getText(), settings.schedule().zone());
        start.problems(check.startProblem(), null);
        end.problems(check.endProblem(), null);
        showDuration();
        if (check.isValid()) {
            change.accept(model.with(settings, d -> d.schedule(check.schedule())), startTyped ? "start" : "end");
        }
    }

    /** How long the journey runs, under the end; hidden while the dates are being fixed. */
    private void showDuration() {
        Schedule s = settings.schedule();
        end.hint(start.showsError() || end.showsError() ? null : model.duration(s) + " (" + s.zone().getId() + ")");
    }

    private void recurringToggled(boolean on) {
        if (recurrenceSync.writing() || settings == null || on == (settings.recurrence() != null)) {
            return;
        }
        Recurrence typed = on ? model.recurrence(interval.getText(), count.getText()).recurrence() : null;
        Recurrence next = on ? (typed != null ? typed : model.defaultRecurrence(settings.schedule())) : null;
        change.accept(model.with(settings, d -> d.recurrence(next)), "recurrence");
    }

    private void recurrenceTyped(String field) {
        if (recurrenceSync.writing() || settings == null || settings.recurrence() == null) {
            return;
        }
        JourneySettingsViewModel.RecurrenceCheck check = model.recurrence(interval.getText(), count.getText());
        intervalField.problems(check.intervalProblem(), null);
        countField.problems(check.countProblem(), null);
        if (check.isValid()) {
            change.accept(model.with(settings, d -> d.recurrence(check.recurrence())), field);
        }
    }

    private void writeRecurrence(Recurrence recurrence) {
        recurring.setSelected(recurrence != null);
        if (recurrence != null) {
            Synced.setText(interval, Integer.toString(recurrence.intervalDays()));
            Synced.setText(count, Integer.toString(recurrence.count()));
        } else if (interval.getText().isEmpty()) {
            Recurrence suggested = model.defaultRecurrence(settings.schedule());
            interval.setText(Integer.toString(suggested.intervalDays()));
            count.setText(Integer.toString(suggested.count()));
        }
    }

    private static void write(LocalDateTime moment, TextField date, TextField time) {
        Synced.setText(date, Texts.format(moment.toLocalDate()));
        Synced.setText(time, Texts.format(moment.toLocalTime()));
    }

    private static TextField dateField(String id, String label) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Texts.DATE_HINT);
        field.setPrefColumnCount(8);
        field.setAccessibleText(label + " date, as " + Texts.DATE_HINT + ", in the journey's time zone");
        return field;
    }

    private static TextField timeField(String id, String label) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Texts.TIME_HINT);
        field.setPrefColumnCount(4);
        field.setAccessibleText(label + " time, as " + Texts.TIME_HINT + ", 24-hour");
        return field;
    }
}
