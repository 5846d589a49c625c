package org.waymark.ui.properties;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.model.journey.Schedule;
import org.waymark.model.tile.Wait;
import org.waymark.ui.properties.WaitViewModel.Unit;

/**
 * A wait as a field: "after" a number of minutes, hours or days, or "until" a date and time. Each change that
 * reads as a valid wait is reported; anything else shows its problem and waits for the user to fix it.
 */
final class WaitInput {

    private final WaitViewModel model;
    private final RadioChoice<Boolean> kind;
    private final TextField amount = new TextField();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final TextField date = new TextField();
    private final TextField time = new TextField();
    private final HBox after;
    private final HBox until;
    private final Field field;
    private final Synced<Wait> synced;
    private Consumer<Wait> onChange = wait -> { };
    private Schedule schedule;
    private Wait current;
    private boolean written;

    /** {@code forLabel} and {@code untilLabel} name the two kinds of wait: "For a while", "Until a date and time". */
    WaitInput(WaitViewModel model, String idPrefix, String label, String help, String forLabel, String untilLabel) {
        this.model = model;
        kind = new RadioChoice<>(idPrefix + "-kind", List.of(false, true), u -> u ? untilLabel : forLabel, label, help);
        amount.setId(idPrefix + "-amount");
        amount.setPrefColumnCount(5);
        amount.setAccessibleText(label + ": how many minutes, hours or days (or with the unit: 7d, 12h, 30m). " + help);
        unit.getItems().setAll(Unit.values());
        unit.setId(idPrefix + "-unit");
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return u == null ? "" : u.label();
            }

            @Override
            public Unit fromString(String text) {
                return null;
            }
        });
        unit.setAccessibleText(label + ": unit, minutes, hours or days");
        TypeAhead.install(unit);
        date.setId(idPrefix + "-date");
        date.setPromptText(Texts.DATE_HINT);
        date.setPrefColumnCount(8);
        date.setAccessibleText(label + ": date, as " + Texts.DATE_HINT + ", in the journey's time zone");
        time.setId(idPrefix + "-time");
        time.setPromptText(Texts.TIME_HINT);
        time.setPrefColumnCount(4);
        time.setAccessibleText(label + ": time of day, as " + Texts.TIME_HINT + ", 24-hour");
        after = new HBox(6, amount, unit);
        until = new HBox(6, date, time);
        VBox content = new VBox(6, kind, after, until);
        field = new Field(label, content, kind.first(), amount, unit, date, time);
        synced = new Synced<>(this::write);
        kind.onChange(u -> changed());
        unit.valueProperty().addListener((o, before, now) -> changed());
        for (TextField text : List.of(amount, date, time)) {
            text.textProperty().addListener((o, before, now) -> changed());
        }
    }

    Field field() {
        return field;
    }

    void onChange(Consumer<Wait> handler) {
        onChange = handler;
    }

    /** Shows the journey's wait; {@code schedule} gives "until" a sensible starting date and a note. */
    void show(Wait wait, Schedule journeySchedule) {
        this.schedule = journeySchedule;
        this.current = wait;
        if (synced.show(wait) || !field.showsError()) {
            field.clear();
            model.note(wait, journeySchedule).ifPresent(field::note);
        }
    }

    /** Writes the fields of the wait's kind; the other kind's fields keep what they had (first time: a default). */
    private void write(Wait wait) {
        WaitViewModel.Form form = model.formOf(wait, schedule);
        kind.show(form.until());
        if (!form.until() || !written) {
            Synced.setText(amount, form.amount());
            unit.setValue(form.unit());
        }
        if (form.until() || !written) {
            Synced.setText(date, form.date());
            Synced.setText(time, form.time());
        }
        written = true;
        showKind(form.until());
    }

    private void changed() {
        if (synced.writing()) {
            return;
        }
        boolean untilChosen = Boolean.TRUE.equals(kind.selected());
        showKind(untilChosen);
        Checked<Wait> wait = model.parse(new WaitViewModel.Form(untilChosen, amount.getText(), unit.getValue(),
                date.getText(), time.getText()));
        if (!wait.isValid()) {
            field.error(wait.problem());
            return;
        }
        field.clear();
        model.note(wait.value(), schedule).ifPresent(field::note);
        if (!wait.value().equals(current)) {
            onChange.accept(wait.value());
        }
    }

    private void showKind(boolean untilChosen) {
        after.setVisible(!untilChosen);
        after.setManaged(!untilChosen);
        until.setVisible(untilChosen);
        until.setManaged(untilChosen);
    }
}
