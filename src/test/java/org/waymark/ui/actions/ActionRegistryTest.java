package org.waymark.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class ActionRegistryTest {

    private final List<String> refusals = new ArrayList<>();
    private final ActionRegistry registry = new ActionRegistry(refusals::add);

    @Test
    void anActionRunsOnlyWhileItIsEnabled() {
        SimpleBooleanProperty canPaste = new SimpleBooleanProperty(false);
        int[] pasted = {0};
        registry.bind(ActionId.PASTE, () -> pasted[0]++, canPaste);

        assertThat(registry.run(ActionId.PASTE)).isFalse();
        assertThat(registry.disabled(ActionId.PASTE).get()).isTrue();
        canPaste.set(true);
        assertThat(registry.run(ActionId.PASTE)).isTrue();
        assertThat(pasted[0]).isEqualTo(1);
        assertThat(registry.run(ActionId.COPY)).as("not bound: nothing runs").isFalse();
    }

    @Test
    void everyActionIsBoundOnceAndTheUnboundAreListed() {
        registry.bind(ActionId.SAVE, () -> { });
        assertThatThrownBy(() -> registry.bind(ActionId.SAVE, () -> { })).hasMessageContaining("SAVE is bound twice");
        assertThat(registry.unbound()).doesNotContain(ActionId.SAVE).contains(ActionId.QUIT);
        assertThatThrownBy(() -> registry.label(ActionId.QUIT)).hasMessageContaining("not bound");
    }

    @Test
    void aLabelFollowsWhatTheActionWouldDoNow() {
        SimpleStringProperty undoText = new SimpleStringProperty("Undo");
        registry.bind(ActionId.UNDO, ActionBinding.of(() -> { }).withLabel(undoText));
        registry.bind(ActionId.REDO, () -> { });
        undoText.set("Undo Insert email");
        assertThat(registry.label(ActionId.UNDO).get()).isEqualTo("Undo Insert email");
        assertThat(registry.label(ActionId.REDO).get()).isEqualTo("Redo");
    }

    @Test
    void shortcutsAreUniqueAcrossAllActions() {
        List<KeyCombination> seen = new ArrayList<>();
        for (ActionId id : ActionId.values()) {
            for (KeyCombination shortcut : id.shortcuts()) {
                assertThat(seen).as(id + " " + shortcut.getName()).doesNotContain(shortcut);
                seen.add(shortcut);
            }
        }
    }

    @Test
    void everyActionHasALabelWithAMnemonicAndADescription() {
        for (ActionId id : ActionId.values()) {
            assertThat(id.label()).as(id.name()).contains("_");
            assertThat(id.description()).as(id.name()).isNotBlank();
            assertThat(id.key()).matches("[a-z-]+");
        }
    }
}
