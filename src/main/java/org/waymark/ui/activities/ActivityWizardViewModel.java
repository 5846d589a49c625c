package org.waymark.ui.activities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.waymark.ui.background.AnswerLine;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.activity.ActivityRelationship;
import org.waymark.model.activity.ActivityRelationship.AccountMatch;
import org.waymark.model.activity.ActivityRelationship.ContactMatch;
import org.waymark.model.activity.ActivityType;
import org.waymark.model.source.DataSource;
import org.waymark.model.source.SourceColumn;
import org.waymark.store.activity.KeyCheck;

/**
 * The activity wizard, step by step: the data source, the type (a built-in one or a new custom name), the primary
 * key (checked against the table: duplicates and empty values are listed), the fields (unique name, timestamp, event,
 * web address, additional details, icon, shown in the timeline, and the type's semantic fields), the relationship to
 * contacts or accounts, then a review. {@link #problem()} says what keeps the current step from going on.
 */
public final class ActivityWizardViewModel {

    public static final List<String> ICONS = List.of("cart", "list", "phone", "star", "gift", "calendar", "note");

    /** Asks the store whether a column can be a key; answers on the ui executor. */
    public interface KeyChecker {
        KeyCheck check(String source, String column);
    }

    private final List<DataSource> sources;
    private final Set<String> takenNames;
    private final KeyChecker checker;
    /** The key check: choosing another key makes the answer for the last one stale. */
    private final AnswerLine keyChecks;
    private final ObjectProperty<WizardStep> step = new SimpleObjectProperty<>(WizardStep.TABLE);
    private final ObjectProperty<DataSource> source = new SimpleObjectProperty<>();
    private final StringProperty type = new SimpleStringProperty("");
    private final StringProperty key = new SimpleStringProperty();
    private final ObjectProperty<KeyCheck> keyCheck = new SimpleObjectProperty<>();
    private final StringProperty keyCheckFailure = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty timestamp = new SimpleStringProperty();
    private final StringProperty event = new SimpleStringProperty();
    private final StringProperty webAddress = new SimpleStringProperty();
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final StringProperty icon = new SimpleStringProperty(ICONS.get(0));
    private final BooleanProperty showInTimeline = new SimpleBooleanProperty(true);
    private final ObservableMap<String, String> fields = FXCollections.observableMap(new LinkedHashMap<>());
    private final StringProperty contactColumn = new SimpleStringProperty();
    private final ObjectProperty<ContactMatch> contactMatch = new SimpleObjectProperty<>(ContactMatch.EMAIL);
    private final StringProperty accountColumn = new SimpleStringProperty();
    private final ObjectProperty<AccountMatch> accountMatch = new SimpleObjectProperty<>(AccountMatch.ID);

    public ActivityWizardViewModel(List<DataSource> sources, Set<String> takenNames, KeyChecker checker,
                                   Executor background, Executor ui) {
        this.sources = List.copyOf(sources);
        this.takenNames = Set.copyOf(takenNames);
        this.checker = checker;
        this.keyChecks = new AnswerLine(background, ui);
        source.addListener((obs, old, chosen) -> {
            key.set(null);
            keyCheck.set(null);
            timestamp.set(null);
            event.set(null);
            webAddress.set(null);
            details.clear();
            fields.clear();
            contactColumn.set(null);
            accountColumn.set(null);
            if (chosen != null && name.get().isBlank()) {
                name.set(Character.toUpperCase(chosen.name().charAt(0)) + chosen.name().substring(1).replace('_', ' '));
            }
        });
        key.addListener((obs, old, chosen) -> checkKey());
    }

    public List<DataSource> sources() {
        return sources;
    }

    /** The chosen source's columns, by name. */
    public List<String> columns() {
        return source.get() == null ? List.of() : source.get().columns().stream().map(SourceColumn::name).toList();
    }

    /** The semantic fields of the chosen type ("orderId", "amount"...), required ones first. */
    public List<ActivityType.Field> typeFields() {
        try {
            return new ActivityType(type.get()).fields();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** What keeps the current step from going on, or "" when it may. */
    public String problem() {
        return switch (step.get()) {
            case TABLE -> source.get() == null ? "Choose a data source." : "";
            case TYPE -> type.get() == null || type.get().isBlank() || type.get().strip().length() > 60
                    ? "Choose a type, or type the name of a new one (up to 60 characters)." : "";
            case KEY -> key.get() == null ? "Choose the column that identifies a row."
                    : keyCheck.get() == null ? (keyCheckFailure.get().isEmpty() ? "Checking the key…"
                            : keyCheckFailure.get())
                    : keyCheck.get().ok() ? "" : keyCheck.get().describe() + ".";
            case FIELDS -> fieldsProblem();
            case RELATIONSHIP -> contactColumn.get() == null && accountColumn.get() == null
                    ? "Choose a column that finds the contact, the account, or both." : "";
            case REVIEW -> "";
        };
    }

    private String fieldsProblem() {
        String wanted = name.get() == null ? "" : name.get().strip();
        if (wanted.isEmpty() || wanted.length() > ActivityDefinition.MAX_NAME_LENGTH) {
            return "Give the activity a name of 1 to " + ActivityDefinition.MAX_NAME_LENGTH + " characters.";
        }
        if (takenNames.contains(wanted)) {
            return "An activity named \"" + wanted + "\" already exists.";
        }
        if (timestamp.get() == null) {
            return "Choose the column that says when it happened.";
        }
        if (event.get() == null) {
            return "Choose the column that says what happened.";
        }
        for (ActivityType.Field field : typeFields()) {
            if (field.required() && fields.get(field.name()) == null) {
                return "Choose the column for " + field.name() + " (a " + type.get() + " needs it).";
            }
        }
        return "";
    }

    public boolean canGoOn() {
        return problem().isEmpty();
    }

    public void next() {
        if (canGoOn() && step.get() != WizardStep.REVIEW) {
            step.set(WizardStep.values()[step.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (step.get() != WizardStep.TABLE) {
            step.set(WizardStep.values()[step.get().ordinal() - 1]);
        }
    }

    /** The definition the wizard describes; call once every step holds. */
    public ActivityDefinition definition() {
        ActivityRelationship relationship = new ActivityRelationship(contactColumn.get(),
                contactColumn.get() == null ? null : contactMatch.get(), accountColumn.get(),
                accountColumn.get() == null ? null : accountMatch.get());
        Map<String, String> mapped = new LinkedHashMap<>();
        for (ActivityType.Field field : typeFields()) {
            if (fields.get(field.name()) != null) {
                mapped.put(field.name(), fields.get(field.name()));
            }
        }
        return new ActivityDefinition(name.get().strip(), new ActivityType(type.get()), source.get().name(), key.get(),
                timestamp.get(), event.get(), webAddress.get(), new ArrayList<>(details), icon.get(),
                showInTimeline.get(), mapped, relationship);
    }

    /** The review step's lines: one per choice. */
    public List<String> review() {
        ActivityDefinition d = definition();
        List<String> lines = new ArrayList<>();
        lines.add("Name: " + d.name());
        lines.add("Data source: " + d.source());
        lines.add("Type: " + d.type().name());
        lines.add("Primary key: " + d.key());
        lines.add("When: " + d.timestamp() + "; what happened: " + d.event());
        lines.add("Web address: " + (d.webAddress() == null ? "none" : d.webAddress()));
        lines.add("Additional detail: " + (d.details().isEmpty() ? "none" : String.join(", ", d.details())));
        d.fields().forEach((field, column) -> lines.add(field + ": " + column));
        lines.add("Icon: " + d.icon() + "; shown in the timeline: " + (d.showInTimeline() ? "yes" : "no"));
        ActivityRelationship r = d.relationship();
        lines.add("Contact: " + (r.contactColumn() == null ? "none" : r.contactColumn() + " (by "
                + r.contactMatch().name().toLowerCase(java.util.Locale.ROOT) + ")"));
        lines.add("Account: " + (r.accountColumn() == null ? "none" : r.accountColumn() + " (by "
                + r.accountMatch().name().toLowerCase(java.util.Locale.ROOT) + ")"));
        return lines;
    }

    private void checkKey() {
        keyCheck.set(null);
        keyCheckFailure.set("");
        DataSource table = source.get();
        String column = key.get();
        if (table == null || column == null) {
            keyChecks.drop();
            return;
        }
        keyChecks.ask(() -> checker.check(table.name(), column), keyCheck::set,
                e -> keyCheckFailure.set("Cannot check the key: " + e.getMessage()));
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step;
    }

    public ObjectProperty<DataSource> sourceProperty() {
        return source;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ReadOnlyObjectProperty<KeyCheck> keyCheckProperty() {
        return keyCheck;
    }

    /** Why the key could not be checked (the store failed); "" otherwise. */
    public ReadOnlyStringProperty keyCheckFailureProperty() {
        return keyCheckFailure;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty timestampProperty() {
        return timestamp;
    }

    public StringProperty eventProperty() {
        return event;
    }

    public StringProperty webAddressProperty() {
        return webAddress;
    }

    public ObservableList<String> details() {
        return details;
    }

    public StringProperty iconProperty() {
        return icon;
    }

    public BooleanProperty showInTimelineProperty() {
        return showInTimeline;
    }

    public ObservableMap<String, String> fields() {
        return fields;
    }

    public StringProperty contactColumnProperty() {
        return contactColumn;
    }

    public ObjectProperty<ContactMatch> contactMatchProperty() {
        return contactMatch;
    }

    public StringProperty accountColumnProperty() {
        return accountColumn;
    }

    public ObjectProperty<AccountMatch> accountMatchProperty() {
        return accountMatch;
    }
}
