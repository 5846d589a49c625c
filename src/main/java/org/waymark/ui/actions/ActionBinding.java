package org.waymark.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * What an action does and when it may: its handler, whether it is enabled now, the label it shows now (Undo says
 * "Undo Insert email") and, for a choice such as a theme, whether it is the chosen one.
 */
public record ActionBinding(Runnable handler, ObservableBooleanValue enabled, ObservableStringValue label,
                            ObservableBooleanValue selected) {

    private static final ObservableBooleanValue ALWAYS = Bindings.createBooleanBinding(() -> true);

    /** Always enabled, its own label, not a choice. */
    public static ActionBinding of(Runnable handler) {
        return new ActionBinding(handler, ALWAYS, null, null);
    }

    public static ActionBinding of(Runnable handler, ObservableBooleanValue enabled) {
        return new ActionBinding(handler, enabled, null, null);
    }

    public ActionBinding withLabel(ObservableStringValue label) {
        return new ActionBinding(handler, enabled, label, selected);
    }

    /** Marks a choice: its menu item shows a check mark while {@code selected} holds. */
    public ActionBinding withSelected(ObservableBooleanValue selected) {
        return new ActionBinding(handler, enabled, label, selected);
    }

    public boolean isChoice() {
        return selected != null;
    }
}
