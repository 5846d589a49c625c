package org.waymark.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.edit.ChangeSettings;
import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.TargetKind;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.properties.Checked;
import org.waymark.ui.properties.Field;
import org.waymark.ui.properties.RadioChoice;
import org.waymark.ui.properties.SearchableComboBox;
import org.waymark.ui.properties.Synced;

/**
 * The settings form of one open journey (see {@link JourneySettingsPane}): its controls follow the journey
 * through every edit, undo and redo until {@link #dispose()}.
 */
final class SettingsForm extends VBox {

    private final EditSession session;
    private final JourneySettingsViewModel model;
    private final Label refusal = new Label();
    private final TextField name = new TextField();
    private final Field nameField = Field.of("Name", name, "The journey's name, shown in the journey list");
    private final TextArea description = new TextArea();
    private final TextField owner = new TextField();
    private final TextField businessUnit = new TextField();
    private final TextField contentSettings = new TextField();
    private final RadioChoice<TargetKind> target;
    private final ComboBox<ConsentLevel> consent = new ComboBox<>();
    private final RadioChoice<BusinessUnitScope> scope;
    private final SearchableComboBox suppression = new SearchableComboBox();
    private final Field suppressionField = new Field("Suppression segment", suppression, suppression);
    private final ScheduleSection schedule;
    private final TextField status = new TextField();
    private final TextArea milestones = new TextArea();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final ChangeListener<Journey> journeyListener = (o, before, now) -> refresh();

    SettingsForm(EditSession session, JourneySettingsViewModel model) {
        this.session = session;
        this.model = model;
        getStyleClass().add(StyleClass.SETTINGS_CONTENT);
        refusal.getStyleClass().addAll(StyleClass.FIELD_MESSAGE, StyleClass.ERROR, StyleClass.REFUSAL);
        WrappedText.wrap(refusal);
        refusal.setVisible(false);
        refusal.setManaged(false);
        target = new RadioChoice<>("setting-target", List.of(TargetKind.values()),
                t -> t == TargetKind.CONTACTS ? "Contacts" : "Accounts", "Target",
                "Contacts one by one, or grouped by the account they work for");
        scope = new RadioChoice<>("setting-scope", List.of(BusinessUnitScope.values()),
                s -> s == BusinessUnitScope.ORGANIZATION ? "Organization" : "Business unit", "Scope",
                "Process every targeted contact, or only those of the owner's business unit");
        schedule = new ScheduleSection(model, this::change);
        buildForm();
        getChildren().setAll(sections());
        session.journeyProperty().addListener(journeyListener);
        refresh();
    }

    /** Stops following the journey. */
    void dispose() {
        session.journeyProperty().removeListener(journeyListener);
    }

    private void buildForm() {
        name.setId("setting-name");
        text(name, JourneySettings::name, (s, text) -> model.withName(s, text), nameField, "name");
        description.setId("setting-description");
        description.setPrefRowCount(4);
        description.setWrapText(true);
        TabMovesFocus.install(description);
        text(description, JourneySettings::description, (s, t) -> Checked.ok(model.with(s, d -> d.description(t))), null,
                "description");
        owner.setId("setting-owner");
        text(owner, JourneySettings::owner, (s, t) -> Checked.ok(model.with(s, d -> d.owner(t))), null, "owner");
        businessUnit.setId("setting-business-unit");
        text(businessUnit, JourneySettings::businessUnit, (s, t) -> Checked.ok(model.with(s, d -> d.businessUnit(t))),
                null, "business unit");
        contentSettings.setId("setting-content-settings");
        text(contentSettings, JourneySettings::contentSettings,
                (s, t) -> Checked.ok(model.with(s, d -> d.contentSettings(t))), null, "content settings");
        target.onChange(t -> change(model.with(settings(), d -> d.target(t)), "target"));
        consent.setId("setting-consent");
        consent.getItems().setAll(ConsentLevel.values());
        consent.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConsentLevel level) {
                return level == null ? "" : level.label();
            }

            @Override
            public ConsentLevel fromString(String text) {
                return null;
            }
        });
        Synced<ConsentLevel> consentSync = new Synced<>(consent::setValue);
        consent.valueProperty().addListener((o, was, now) -> {
            if (!consentSync.writing() && now != null) {
                change(model.with(settings(), d -> d.minimumConsent(now)), "minimum consent");
            }
        });
        refreshers.add(() -> consentSync.show(settings().minimumConsent()));
        scope.onChange(s -> change(model.with(settings(), d -> d.scope(s)), "scope"));
        refreshers.add(() -> {
            target.show(settings().target());
            scope.show(settings().scope());
        });
        suppression.setId("setting-suppression");
        suppression.setPromptText("None: type to search segments");
        suppression.setAccessibleText("Suppression segment. Contacts in this segment get no messages from this "
                + "journey; empty for none");
        suppression.onPick(typed -> {
            Checked<String> picked = model.suppression(typed);
            if (!picked.isValid()) {
                suppressionField.error(picked.problem());
                return;
            }
            suppressionField.clear();
            change(model.with(settings(), d -> d.suppressionSegment(picked.value())), "suppression segment");
        });
        refreshers.add(() -> {
            suppression.show(settings().suppressionSegment());
            if (!suppressionField.showsError()) {
                suppressionField.problems(null, model.suppressionProblem(settings()).orElse(null));
            }
        });
        status.setId("setting-status");
        status.setEditable(false);
        status.setAccessibleText("Status, read only. Changes when the journey goes live or is stopped");
        milestones.setId("setting-milestones");
        milestones.setEditable(false);
        milestones.setWrapText(true);
        milestones.setAccessibleText("Milestones, read only: the journey's life-cycle history");
        TabMovesFocus.install(milestones);
        refreshers.add(() -> {
            status.setText(settings().status().label());
            List<String> lines = model.milestones(settings());
            milestones.setText(String.join("\n", lines));
            milestones.setPrefRowCount(Math.min(9, lines.size() * 2 + 1));
        });
        refreshers.add(() -> schedule.show(settings()));
    }

    private Node[] sections() {
        return new Node[] {
            heading("Journey settings", StyleClass.PANE_HEADING), refusal,
            heading("General", StyleClass.SECTION_HEADING), nameField,
            Field.of("Description", description, "What the journey is for"),
            Field.of("Owner", owner, "The person responsible; activities without an owner go to them"),
            Field.of("Business unit", businessUnit, "The owner's business unit, used by the business-unit scope"),
            Field.of("Content settings", contentSettings, "The content settings (sender, addresses, links) emails "
                    + "of this journey use"),
            heading("Audience", StyleClass.SECTION_HEADING), new Field("Target", target, target.first()),
            Field.of("Minimum consent", consent, "The least consent a contact must have given to be processed"),
            new Field("Scope", scope, scope.first()), suppressionField,
            heading("Schedule", StyleClass.SECTION_HEADING), schedule,
            heading("Status and history", StyleClass.SECTION_HEADING), Field.of("Status", status, "Read only"),
            new Field("Milestones", milestones, milestones)
        };
    }

    private void text(TextInputControl control, Function<JourneySettings, String> read,
                      BiFunction<JourneySettings, String, Checked<JourneySettings>> write, Field field, String key) {
        Synced<String> synced = Synced.text(control);
        control.textProperty().addListener((o, was, now) -> {
            if (synced.writing()) {
                return;
            }
            Checked<JourneySettings> changed = write.apply(settings(), now);
            if (field != null) {
                field.problems(changed.problem(), null);
            }
            if (changed.isValid()) {
                change(changed.value(), key);
            }
        });
        refreshers.add(() -> {
            if (synced.show(read.apply(settings())) && field != null) {
                field.clear();
            }
        });
    }

    private void refresh() {
        refreshers.forEach(Runnable::run);
    }

    private JourneySettings settings() {
        return session.journey().settings();
    }

    private void change(JourneySettings edited, String field) {
        if (edited.equals(settings())) {
            return;
        }
        Optional<String> reason = session.execute(new ChangeSettings(session.document(), edited, field));
        refusal.setText(reason.map(r -> "Not changed: " + r).orElse(""));
        refusal.setVisible(reason.isPresent());
        refusal.setManaged(reason.isPresent());
    }

    private static Label heading(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
