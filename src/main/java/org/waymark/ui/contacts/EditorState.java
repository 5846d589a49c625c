package org.waymark.ui.contacts;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.audience.FieldProblem;
import org.waymark.model.audience.InvalidAudienceException;
import org.waymark.ui.background.AnswerLine;

/**
 * What the contact and account forms share: whether the record has loaded, differs from what was loaded (dirty), is
 * being saved; the problems that keep it from being saved (the rules' and, after a refused save, the store's); and
 * loading and saving in the background, through an {@link AnswerLine} each.
 */
final class EditorState<T> {

    /** The record opened: opening another makes the answer for the last one stale. */
    private final AnswerLine loads;
    /** Saves: each is done, and each says how it went. */
    private final AnswerLine saves;
    private final Supplier<T> current;
    private final java.util.function.Function<T, List<FieldProblem>> rules;
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final BooleanBinding canSave;
    private final StringBinding problemText;
    private T original;

    EditorState(Executor background, Executor ui, Supplier<T> current,
                java.util.function.Function<T, List<FieldProblem>> rules) {
        this.loads = new AnswerLine(background, ui);
        this.saves = new AnswerLine(background, ui);
        this.current = current;
        this.rules = rules;
        this.canSave = Bindings.createBooleanBinding(() -> loaded.get() && dirty.get() && !saving.get()
                && problems.isEmpty(), loaded, dirty, saving, problems);
        this.problemText = Bindings.createStringBinding(() -> String.join("\n",
                problems.stream().map(FieldProblem::message).toList()), problems);
    }

    /** The form now shows {@code loadedValue}: not dirty, no refusal. */
    void loaded(T loadedValue) {
        original = loadedValue;
        loaded.set(true);
        changed();
    }

    /** A field changed: dirty again compared with what was loaded, problems checked again. */
    void changed() {
        if (!loaded.get()) {
            return;
        }
        T now = current.get();
        dirty.set(!now.equals(original));
        problems.setAll(rules.apply(now));
    }

    /** Reads what the form shows in the background; {@code show} gets it on the ui unless another read came since. */
    <R> void load(Callable<R> read, Consumer<R> show) {
        loads.ask(read, show, e -> problems.setAll(new FieldProblem("", "Cannot read the store: " + e.getMessage())));
    }

    /** Saves the current value with {@code writer} in the background; {@code saved} gets its id on the ui. */
    void save(java.util.function.ToLongFunction<T> writer, java.util.function.LongConsumer saved) {
        if (!canSave.get()) {
            return;
        }
        T value = current.get();
        saving.set(true);
        saves.run(done -> writer.applyAsLong(value), id -> {
            saving.set(false);
            original = value;
            dirty.set(false);
            saved.accept(id);
        }, e -> refuse(e instanceof InvalidAudienceException refused ? refused.problems()
                : List.of(new FieldProblem("", "Cannot save: " + e.getMessage()))));
    }

    private void refuse(List<FieldProblem> reasons) {
        saving.set(false);
        problems.setAll(reasons);
    }

    /** The problems shown now: the rules' for what is typed, or the store's for the last refused save. */
    ObservableList<FieldProblem> problems() {
        return problems;
    }

    /** The message about {@code field}, or null. */
    String problemOf(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst()
                .orElse(null);
    }

    ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    BooleanBinding canSaveBinding() {
        return canSave;
    }

    StringBinding problemTextBinding() {
        return problemText;
    }
}
