package org.waymark.ui.actions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * The window's one list of actions: each {@link ActionId} bound once to what it does and when it may run. Menus,
 * tool bars, context menus, buttons and the shortcut overlay are built from it by {@link ActionControls}, and
 * {@link #installShortcuts(Scene)} puts every shortcut, alternates included, on the scene, so that nothing
 * depends on which control happens to be showing. Running an action that may not run now does nothing.
 */
public final class ActionRegistry {

    private final Map<ActionId, ActionBinding> bindings = new EnumMap<>(ActionId.class);
    private final Consumer<String> refused;

    /** {@code refused} hears why a shortcut did nothing ("Paste cannot run now"), for the status bar. */
    public ActionRegistry(Consumer<String> refused) {
        this.refused = refused;
    }

    public ActionRegistry bind(ActionId id, ActionBinding binding) {
        if (bindings.putIfAbsent(id, binding) != null) {
            throw new IllegalStateException(id + " is bound twice");
        }
        return this;
    }

    public ActionRegistry bind(ActionId id, Runnable handler, ObservableBooleanValue enabled) {
        return bind(id, ActionBinding.of(handler, enabled));
    }

    public ActionRegistry bind(ActionId id, Runnable handler) {
        return bind(id, ActionBinding.of(handler));
    }

    /** Actions not bound yet; the window binds them all, and a test holds it to that. */
    public List<ActionId> unbound() {
        return java.util.Arrays.stream(ActionId.values()).filter(id -> !bindings.containsKey(id)).toList();
    }

    public boolean isBound(ActionId id) {
        return bindings.containsKey(id);
    }

    /** Runs the action if it may run now; says whether it ran. */
    public boolean run(ActionId id) {
        ActionBinding binding = bindings.get(id);
        if (binding == null || !binding.enabled().get()) {
            return false;
        }
        binding.handler().run();
        return true;
    }

    public ObservableBooleanValue enabled(ActionId id) {
        return binding(id).enabled();
    }

    public BooleanExpression disabled(ActionId id) {
        return BooleanExpression.booleanExpression(enabled(id)).not();
    }

    /** The label as it reads now, without a mnemonic: "Undo Insert email". */
    public ObservableStringValue label(ActionId id) {
        ActionBinding binding = binding(id);
        return binding.label() != null ? binding.label() : Bindings.createStringBinding(id::plainLabel);
    }

    public Optional<ObservableBooleanValue> selected(ActionId id) {
        return Optional.ofNullable(binding(id).selected());
    }

    /**
     * Every shortcut of every bound action on {@code scene}. A shortcut of an action that may not run now is
     * still taken (and said in the status bar), so that it never falls through to another meaning.
     */
    public void installShortcuts(Scene scene) {
        bindings.keySet().forEach(id -> {
            for (KeyCombination shortcut : id.shortcuts()) {
                scene.getAccelerators().put(shortcut, () -> {
                    if (!run(id)) {
                        refused.accept(id.plainLabel() + " cannot run now");
                    }
                });
            }
        });
    }

    private ActionBinding binding(ActionId id) {
        ActionBinding binding = bindings.get(id);
        if (binding == null) {
            throw new IllegalStateException(id + " is not bound");
        }
        return binding;
    }
}
