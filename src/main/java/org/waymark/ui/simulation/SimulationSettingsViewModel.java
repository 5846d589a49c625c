package org.waymark.ui.simulation;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.waymark.engine.behaviour.BehaviourModel;
import org.waymark.engine.behaviour.BehaviourModelException;

/**
 * The Simulate dialog's fields as typed, checked as they change: the behaviour model (the default one, or a JSON
 * file, read to find its problems), the seed, the period in days, the population (the store's contacts or a number
 * of synthetic ones) and whether to write the interactions to the store, which only the store's contacts can. Each
 * field has its problem ("" when none); {@link #validProperty() valid} is true when none has one.
 */
public final class SimulationSettingsViewModel {

    public static final int MAX_DAYS = 3_650;
    public static final int MAX_SYNTHETIC_CONTACTS = 5_000_000;

    private final Function<Path, Optional<String>> modelProblems;
    private final BooleanProperty defaultModel = new SimpleBooleanProperty();
    private final StringProperty modelFile = new SimpleStringProperty("");
    private final StringProperty seed = new SimpleStringProperty();
    private final StringProperty days = new SimpleStringProperty();
    private final BooleanProperty storeContacts = new SimpleBooleanProperty();
    private final StringProperty syntheticContacts = new SimpleStringProperty();
    private final BooleanProperty persist = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper modelError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper seedError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper daysError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper contactsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private String checkedFile;
    private String checkedFileProblem = "";

    /** Fields filled from {@code initial}; {@code modelProblems} reads a model file and says what is wrong with it. */
    public SimulationSettingsViewModel(SimulationSettings initial, Function<Path, Optional<String>> modelProblems) {
        this.modelProblems = modelProblems;
        defaultModel.set(initial.modelFile() == null);
        modelFile.set(initial.modelFile() == null ? "" : initial.modelFile().toString());
        seed.set(Long.toString(initial.seed()));
        days.set(Integer.toString(initial.days()));
        storeContacts.set(initial.storeContacts());
        syntheticContacts.set(Counts.of(initial.syntheticContacts()));
        persist.set(initial.persist());
        for (Observable field : new Observable[] {defaultModel, modelFile, seed, days, storeContacts, syntheticContacts}) {
            field.addListener(o -> validate());
        }
        validate();
    }

    /** Reads the file as the simulator will: the problem is {@link BehaviourModelException}'s message. */
    public static Optional<String> readModel(Path file) {
        try {
            BehaviourModel.read(file);
            return Optional.empty();
        } catch (BehaviourModelException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The settings as typed; call only while {@link #validProperty() valid}. */
    public SimulationSettings settings() {
        if (!valid.get()) {
            throw new IllegalStateException("The simulation settings have problems");
        }
        Path model = defaultModel.get() ? null : Path.of(modelFile.get().strip());
        int synthetic = wholeNumber(syntheticContacts.get()).filter(n -> n >= 1 && n <= MAX_SYNTHETIC_CONTACTS)
                .map(Long::intValue).orElse(SimulationSettings.DEFAULT_SYNTHETIC_CONTACTS);
        return new SimulationSettings(model, number(seed.get()), (int) number(days.get()), storeContacts.get(),
                synthetic, persist.get() && storeContacts.get());
    }

    private void validate() {
        modelError.set(defaultModel.get() ? "" : modelProblem(modelFile.get()));
        seedError.set(wholeNumber(seed.get()).isPresent() ? ""
                : "Enter a whole number for the seed, such as 1; the same seed gives the same result.");
        Optional<Long> dayCount = wholeNumber(days.get());
        daysError.set(dayCount.isPresent() && dayCount.get() >= 1 && dayCount.get() <= MAX_DAYS ? ""
                : "Enter a number of days from 1 to " + Counts.of(MAX_DAYS) + ".");
        Optional<Long> contacts = wholeNumber(syntheticContacts.get());
        contactsError.set(storeContacts.get() || contacts.isPresent() && contacts.get() >= 1
                && contacts.get() <= MAX_SYNTHETIC_CONTACTS ? ""
                : "Enter a number of contacts from 1 to " + Counts.of(MAX_SYNTHETIC_CONTACTS) + ".");
        valid.set(modelError.get().isEmpty() && seedError.get().isEmpty() && daysError.get().isEmpty()
                && contactsError.get().isEmpty());
    }

    private String modelProblem(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return "Choose a behaviour model file, or use the default model.";
        }
        if (!text.equals(checkedFile)) {
            checkedFile = text;
            try {
                checkedFileProblem = modelProblems.apply(Path.of(text)).orElse("");
            } catch (InvalidPathException e) {
                checkedFileProblem = text + " is not a file name: " + e.getReason();
            }
        }
        return checkedFileProblem;
    }

    /** A whole number as typed, allowing spaces and thousands separators: "10,000". */
    private static Optional<Long> wholeNumber(String typed) {
        String text = typed == null ? "" : typed.replace(",", "").replace("_", "").replace(" ", "").strip();
        if (!text.matches("-?\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    private static long number(String typed) {
        return wholeNumber(typed).orElseThrow();
    }

    /** Use the model shipped with Waymark (true) or the file in {@link #modelFileProperty()}. */
    public BooleanProperty defaultModelProperty() {
        return defaultModel;
    }

    public StringProperty modelFileProperty() {
        return modelFile;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty daysProperty() {
        return days;
    }

    /** The store's contacts (true) or synthetic ones. */
    public BooleanProperty storeContactsProperty() {
        return storeContacts;
    }

    public StringProperty syntheticContactsProperty() {
        return syntheticContacts;
    }

    /** Write the interactions to the store; only taken with the store's contacts. */
    public BooleanProperty persistProperty() {
        return persist;
    }

    public ReadOnlyStringProperty modelErrorProperty() {
        return modelError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty seedErrorProperty() {
        return seedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty daysErrorProperty() {
        return daysError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contactsErrorProperty() {
        return contactsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
