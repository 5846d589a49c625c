package org.waymark.ui.properties;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.ReleaseWindow;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.ui.appearance.StyleClass;

/** Editor of a scheduler: how long it holds contacts, and the optional weekdays and hours it releases them in. */
final class SchedulerEditor extends TileEditor<SchedulerTile> {

    private final WaitInput delay;
    private final CheckBox windowed = new CheckBox("Release contacts only within a time window");
    private final List<ToggleButton> days = new ArrayList<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Field daysField;
    private final Field timesField;
    private final Synced<ReleaseWindow> windowSync = new Synced<>(this::writeWindow);

    SchedulerEditor(EditContext context, SchedulerTile tile, Journey journey) {
        super(context, SchedulerTile.class, tile, journey);
        delay = new WaitInput(context.waits(), "property-wait", "Hold each contact",
                "How long contacts wait here: a while after they arrive, or until a date and time", "For a while",
                "Until a date and time");
        delay.onChange(wait -> apply(context.schedulers().withDelay(tile(), wait), "wait"));
        windowed.setId("property-window");
        WrappedText.wrap(windowed);
        windowed.setAccessibleText("Release contacts only within a time window. When on, contacts who are done "
                + "waiting leave on the chosen weekdays between the chosen times");
        windowed.selectedProperty().addListener((o, was, on) -> {
            if (!windowSync.writing()) {
                apply(context.schedulers().withWindow(tile(), on ? context.schedulers().defaultWindow() : null),
                        "release window");
            }
        });
        FlowPane dayRow = new FlowPane(3, 3);
        dayRow.getStyleClass().add(StyleClass.DAY_TOGGLES);
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton toggle = new ToggleButton(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2));
            toggle.setMinWidth(ToggleButton.USE_PREF_SIZE);
            toggle.setId("property-day-" + day.name().toLowerCase(Locale.ROOT));
            toggle.setAccessibleText("Release on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            toggle.selectedProperty().addListener((o, was, on) -> windowChanged("days"));
            days.add(toggle);
        }
        dayRow.getChildren().addAll(days);
        daysField = new Field("On", dayRow, days.toArray(ToggleButton[]::new));
        from.setId("property-from");
        to.setId("property-to");
        for (TextField time : List.of(from, to)) {
            time.setPromptText(Texts.TIME_HINT);
            time.setPrefColumnCount(5);
            time.textProperty().addListener((o, was, now) -> windowChanged(time == from ? "start" : "end"));
        }
        from.setAccessibleText("Between, from: the time of day the window opens, as HH:MM, 24-hour");
        to.setAccessibleText("And, to: the time of day the window closes, as HH:MM, 24-hour, later than the opening");
        HBox times = new HBox(8, from, new Label("and"), to);
        times.setAlignment(Pos.CENTER_LEFT);
        timesField = new Field("Between", times, from, to);
        add(delay.field(), windowed, daysField, timesField);
    }

    @Override
    protected void update() {
        delay.show(tile().delay(), journey().settings().schedule());
        windowSync.show(tile().releaseWindow());
        boolean on = tile().releaseWindow() != null;
        daysField.setDisable(!on);
        timesField.setDisable(!on);
    }

    private void writeWindow(ReleaseWindow window) {
        windowed.setSelected(window != null);
        ReleaseWindow shown = window == null ? context.schedulers().defaultWindow() : window;
        for (int i = 0; i < days.size(); i++) {
            days.get(i).setSelected(shown.days().contains(DayOfWeek.of(i + 1)));
        }
        Synced.setText(from, Texts.format(shown.from()));
        Synced.setText(to, Texts.format(shown.to()));
        daysField.clear();
        timesField.clear();
    }

    private void windowChanged(String field) {
        if (windowSync.writing() || !windowed.isSelected()) {
            return;
        }
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).isSelected()) {
                chosen.add(DayOfWeek.of(i + 1));
            }
        }
        SchedulerViewModel.WindowCheck check = context.schedulers().window(chosen, from.getText(), to.getText());
        daysField.problems(check.daysProblem(), null);
        timesField.problems(check.fromProblem() != null ? check.fromProblem() : check.toProblem(), null);
        if (check.isValid()) {
            apply(context.schedulers().withWindow(tile(), check.window()), "release window " + field);
        }
    }
}
