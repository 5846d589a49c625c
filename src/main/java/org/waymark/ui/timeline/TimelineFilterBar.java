package org.waymark.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.timeline.ContactScope;
import org.waymark.model.timeline.TimelineFilter;
import org.waymark.model.timeline.TimelinePeriod;
import org.waymark.model.timeline.TimelineWording;
import org.waymark.ui.appearance.StyleClass;

/**
 * The timeline's filters: a search box, a toggle per interaction type, Clear all, and a "More filters" panel with
 * the period (custom days typed as YYYY-MM-DD), the subtypes of the chosen types and, on an account, its contacts.
 * Every control shows the view model's filter and changes it; none keeps state of its own.
 */
final class TimelineFilterBar extends VBox {

    private final TimelineViewModel model;
    private final Map<InteractionType, ToggleButton> toggles = new EnumMap<>(InteractionType.class);
    private final ComboBox<TimelinePeriod> period = new ComboBox<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final FlowPane subtypes = new FlowPane(8, 4);
    private final Map<String, CheckBox> boxes = new java.util.LinkedHashMap<>();
    private final CheckBox simulated = new CheckBox("Simulated");
    private final ComboBox<ContactScopeChoice> contact = new ComboBox<>();
    private final Label rangeProblem = new Label();
    private final TimelineWording wording = new TimelineWording();
    private boolean showing;

    TimelineFilterBar(TimelineViewModel model) {
        super(6);
        this.model = model;
        getStyleClass().add(StyleClass.Hooks.TIMELINE_FILTERS);
        TextField search = new TextField();
        search.setId("timeline-search");
        search.getStyleClass().add(StyleClass.Hooks.FOCUS_ENTRY);
        search.setPromptText("Search by asset or detail");
        search.setAccessibleText("Search the timeline by asset name or detail");
        search.textProperty().bindBidirectional(model.searchProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> model.applySearch());
        search.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                model.applySearch();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        Button clear = new Button("Clear all");
        clear.setId("timeline-clear");
        clear.setAccessibleText("Clear all timeline filters");
        clear.setOnAction(e -> model.clearAll());
        HBox top = new HBox(8, search, clear);
        top.setAlignment(Pos.CENTER_LEFT);

        FlowPane types = new FlowPane(6, 6);
        for (InteractionType type : InteractionType.values()) {
            ToggleButton toggle = new ToggleButton(type.label());
            toggle.setId("timeline-type-" + type.name().toLowerCase(java.util.Locale.ROOT));
            toggle.getStyleClass().add(StyleClass.Hooks.TIMELINE_TYPE_TOGGLE);
            toggle.setAccessibleHelp("Show " + type.label().toLowerCase(java.util.Locale.ROOT)
                    + " items; with no type chosen every type shows");
            toggle.selectedProperty().addListener((obs, old, on) -> {
                if (!showing) {
                    model.showType(type, on);
                }
            });
            toggles.put(type, toggle);
            types.getChildren().add(toggle);
        }
        simulated.setId("timeline-simulated");
        simulated.setAccessibleHelp("Show the interactions simulations saved, each marked as simulated, beside the "
                + "real ones");
        simulated.selectedProperty().addListener((obs, old, on) -> {
            if (!showing) {
                model.showSimulated(on);
            }
        });
        types.getChildren().add(simulated);
        getChildren().addAll(top, types, morePanel());
        model.filterProperty().addListener((obs, old, filter) -> show(filter));
        model.activityEvents().addListener((javafx.collections.ListChangeListener<String>) c -> show(model.filterProperty().get()));
        show(model.filterProperty().get());
    }

    private TitledPane morePanel() {
        period.getItems().setAll(TimelinePeriod.values());
        period.setId("timeline-period");
        period.setAccessibleText("Date range");
        period.valueProperty().addListener((obs, old, chosen) -> {
            if (!showing && chosen != null && chosen != TimelinePeriod.CUSTOM) {
                model.showPeriod(chosen);
            } else if (!showing && chosen == TimelinePeriod.CUSTOM) {
                applyRange();
            }
        });
        for (TextField day : List.of(from, to)) {
            day.setPromptText("YYYY-MM-DD");
            day.setPrefColumnCount(8);
            day.setOnAction(e -> applyRange());
            day.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    applyRange();
                }
            });
        }
        from.setId("timeline-from");
        from.setAccessibleText("From day, as year-month-day");
        to.setId("timeline-to");
        to.setAccessibleText("To day, as year-month-day");
        rangeProblem.getStyleClass().add(StyleClass.TIMELINE_PROBLEM);
        rangeProblem.setId("timeline-range-problem");
        // wraps rather than cutting its words short when the pane is narrow (or the UI large)
        javafx.scene.layout.FlowPane dates = new javafx.scene.layout.FlowPane(6, 6, whole("Date range"), period,
                whole("from"), from, whole("to"), to);
        dates.setAlignment(Pos.CENTER_LEFT);
        subtypes.setId("timeline-subtypes");
        subtypes.setAccessibleText("Only these subtypes");
        contact.setId("timeline-contact");
        contact.setAccessibleText("Contact");
        contact.setItems(ContactScopeChoice.listFor(model));
        contact.getItems().addListener((javafx.collections.ListChangeListener<ContactScopeChoice>) c ->
                show(model.filterProperty().get()));
        contact.valueProperty().addListener((obs, old, chosen) -> {
            if (!showing && chosen != null) {
                model.showContacts(chosen.scope());
            }
        });
        Label contactLabel = new Label("Contact");
        contactLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox people = new HBox(6, contactLabel, contact);
        people.setAlignment(Pos.CENTER_LEFT);
        people.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.profileProperty().get() != null && model.profileProperty().get().isAccount(),
                model.profileProperty()));
        people.managedProperty().bind(people.visibleProperty());
        VBox body = new VBox(8, dates, rangeProblem, new Label("Subtypes"), subtypes, people);
        TitledPane more = new TitledPane("More filters", body);
        more.setId("timeline-more-filters");
        more.setExpanded(false);
        more.setAnimated(false);
        return more;
    }

    private void applyRange() {
        if (showing || period.getValue() != TimelinePeriod.CUSTOM) {
            return;
        }
        try {
            LocalDate start = from.getText().isBlank() ? null : LocalDate.parse(from.getText().strip());
            LocalDate end = to.getText().isBlank() ? null : LocalDate.parse(to.getText().strip());
            if (start != null && end != null && end.isBefore(start)) {
                rangeProblem.setText("The last day comes before the first.");
                return;
            }
            rangeProblem.setText("");
            TimelineFilter now = model.filterProperty().get();
            if (now.period() != TimelinePeriod.CUSTOM || !java.util.Objects.equals(now.customFrom(), start)
                    || !java.util.Objects.equals(now.customTo(), end)) {
                model.showRange(start, end);
            }
        } catch (DateTimeParseException e) {
            rangeProblem.setText("Type days as year-month-day, e.g. 2026-05-04.");
        }
    }

    /** Makes every control show {@code filter}. */
    private void show(TimelineFilter filter) {
        showing = true;
        try {
            toggles.forEach((type, toggle) -> toggle.setSelected(filter.types().contains(type)));
            simulated.setSelected(filter.simulated());
            period.setValue(filter.period());
            from.setDisable(filter.period() != TimelinePeriod.CUSTOM);
            to.setDisable(filter.period() != TimelinePeriod.CUSTOM);
            if (filter.period() != TimelinePeriod.CUSTOM) {
                from.clear();
                to.clear();
                rangeProblem.setText("");
            }
            showSubtypes(filter);
            contact.setValue(contact.getItems().stream().filter(c -> c.scope().equals(filter.scope())).findFirst()
                    .orElse(contact.getItems().isEmpty() ? null : contact.getItems().get(0)));
        } finally {
            showing = false;
        }
    }

    private void showSubtypes(TimelineFilter filter) {
        List<String> wanted = new java.util.ArrayList<>();
        Set<InteractionType> shownTypes = filter.types().isEmpty() ? Set.of(InteractionType.values()) : filter.types();
        for (InteractionType type : InteractionType.values()) {
            if (shownTypes.contains(type)) {
                (type == InteractionType.ACTIVITY ? model.activityEvents() : type.subtypes())
                        .forEach(subtype -> wanted.add(TimelineFilter.subtypeKey(type, subtype)));
            }
        }
        if (wanted.equals(List.copyOf(boxes.keySet()))) {
            // the same boxes: keep them (and the keyboard focus on the one just ticked), only show their state
            boxes.forEach((key, box) -> box.setSelected(filter.subtypes().contains(key)));
            return;
        }
        subtypes.getChildren().clear();
        boxes.clear();
        Set<InteractionType> types = filter.types().isEmpty() ? Set.of(InteractionType.values()) : filter.types();
        for (InteractionType type : InteractionType.values()) {
            if (!types.contains(type)) {
                continue;
            }
            List<String> names = type == InteractionType.ACTIVITY ? model.activityEvents() : type.subtypes();
            for (String subtype : names) {
                String key = TimelineFilter.subtypeKey(type, subtype);
                CheckBox box = new CheckBox(type.label() + ": " + wording.subtype(subtype));
                box.setMnemonicParsing(false);
                box.setId("timeline-subtype-" + type.name().toLowerCase(java.util.Locale.ROOT) + "-" + subtype);
                box.setSelected(filter.subtypes().contains(key));
                box.selectedProperty().addListener((obs, old, on) -> {
                    if (showing) {
                        return;
                    }
                    Set<String> keys = new TreeSet<>(model.filterProperty().get().subtypes());
                    if (on) {
                        keys.add(key);
                    } else {
                        keys.remove(key);
                    }
                    model.showSubtypes(keys);
                });
                subtypes.getChildren().add(box);
                boxes.put(key, box);
            }
        }
    }

    /** A label that keeps its whole text: its row wraps instead. */
    private static Label whole(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
