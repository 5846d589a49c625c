package org.waymark.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortcutListTest {

    private final ShortcutList list = new ShortcutList(new DesignerKeys());

    @Test
    void listsEveryActionThenTheKeysOfTheDesignersParts() {
        assertThat(list.shown()).hasSize(ActionId.values().length + new DesignerKeys().all().size());
        assertThat(list.shown().get(0).action()).isEqualTo(ActionId.NEW_JOURNEY);
        assertThat(list.countText()).isEqualTo(list.shown().size() + " shortcuts");
    }

    @Test
    void everyWordOfTheSearchMustBeFoundInKeysDescriptionOrPlace() {
        list.searchProperty().set("zoom canvas");
        assertThat(list.shown()).extracting(KeyHelp::action)
                .containsExactly(ActionId.ZOOM_IN, ActionId.ZOOM_OUT, ActionId.ZOOM_FIT);

        list.searchProperty().set("CTRL+SHIFT+S");
        assertThat(list.shown()).extracting(KeyHelp::action).containsExactly(ActionId.SAVE_AS);

        list.searchProperty().set("canvas move place");
        assertThat(list.shown()).singleElement().satisfies(line -> {
            assertThat(line.runnable()).isFalse();
            assertThat(line.keys()).isEqualTo("Alt+Right, Alt+Left");
        });
        assertThat(list.countText()).isEqualTo("1 of " + (ActionId.values().length + new DesignerKeys().all().size())
                + " shortcuts");

        list.searchProperty().set("  ");
        assertThat(list.shown()).hasSize(ActionId.values().length + new DesignerKeys().all().size());
    }

    @Test
    void linesWhoseNameHoldsTheSearchComeFirst() {
        list.searchProperty().set("dark");
        assertThat(list.shown()).extracting(KeyHelp::action).startsWith(ActionId.DARK_THEME, ActionId.LIGHT_THEME);
        list.searchProperty().set("delete");
        assertThat(list.shown()).extracting(KeyHelp::action)
                .startsWith(ActionId.DELETE_JOURNEY, ActionId.DELETE_TILES);
    }

    @Test
    void aLineSaysAllTheShortcutsOfItsActionAndReadsAsASentence() {
        list.searchProperty().set("redo");
        KeyHelp redo = list.shown().get(0);
        assertThat(redo.keys()).isEqualTo("Ctrl+Y or Ctrl+Shift+Z");
        assertThat(redo.spoken()).isEqualTo("Redo: Do again the last edit taken back, Ctrl+Y or Ctrl+Shift+Z, Edit");

        list.searchProperty().set("high contrast");
        assertThat(list.shown().get(0).spoken()).endsWith(", no shortcut, View");
    }
}
