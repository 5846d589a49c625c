package org.waymark.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/keyboard.md} stays true: it names every action with its shortcuts, and every key of the overlay. */
class KeyboardDocTest {

    @Test
    void theKeyboardGuideListsEveryActionAndKey() throws IOException {
        String guide = Files.readString(Path.of("docs", "keyboard.md"));
        for (ActionId id : ActionId.values()) {
            String keys = id.allShortcutsText().isEmpty() ? "—" : id.allShortcutsText();
            String line = "| " + keys + " | " + id.category().title()
                    + " ▸ " + id.plainLabel() + " |";
            assertThat(guide).as("docs/keyboard.md has the line for " + id).contains(line);
        }
        for (KeyHelp key : new DesignerKeys().all()) {
            assertThat(guide).as("docs/keyboard.md has " + key.keys() + " of " + key.where()).contains(
                    "| " + key.keys() + " | " + key.where() + " | " + key.what());
        }
    }
}
