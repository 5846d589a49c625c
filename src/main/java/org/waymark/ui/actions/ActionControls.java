package org.waymark.ui.actions;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/**
 * Builds the controls that run actions, all from the {@link ActionRegistry}: menu items with the action's label,
 * mnemonic, shortcut and enabled state; context menus; and buttons whose tooltip and accessible text say the
 * shortcut and what the action does. {@code null} among the ids of a menu stands for a separator.
 */
public final class ActionControls {

    private final ActionRegistry registry;
    private final ActionIcons icons;

    public ActionControls(ActionRegistry registry, ActionIcons icons) {
        this.registry = registry;
        this.icons = icons;
    }

    /** A menu of the menu bar: "_File" and its items, {@code null} for a separator. */
    public Menu menu(String title, ActionId... ids) {
        Menu menu = new Menu(title);
        for (ActionId id : ids) {
            menu.getItems().add(id == null ? new SeparatorMenuItem() : menuItem(id));
        }
        return menu;
    }

    /** A context menu; its items show their shortcuts, which run the same actions as everywhere else. */
    public ContextMenu contextMenu(ActionId... ids) {
        ContextMenu menu = new ContextMenu();
        for (ActionId id : ids) {
            menu.getItems().add(id == null ? new SeparatorMenuItem() : menuItem(id));
        }
        return menu;
    }

    public MenuItem menuItem(ActionId id) {
        Optional<ObservableBooleanValue> selected = registry.selected(id);
        MenuItem item = selected.map(chosen -> (MenuItem) choiceItem(id, chosen)).orElseGet(MenuItem::new);
        item.setId("menu-" + id.key());
        item.setMnemonicParsing(true);
        item.textProperty().bind(Bindings.createStringBinding(() -> withMnemonic(id), registry.label(id)));
        if (!id.shortcuts().isEmpty()) {
            item.setAccelerator(id.shortcuts().get(0));
        }
        item.disableProperty().bind(registry.disabled(id));
        if (!(item instanceof CheckMenuItem)) {
            item.setOnAction(e -> registry.run(id));
        }
        return item;
    }

    /**
     * A choice such as a theme: its check mark follows {@code chosen}, never bound to it, because the menu's skin
     * toggles a check item itself when it is clicked or given Enter, and a bound property refuses that with an
     * exception. After the action has run, the mark is set from {@code chosen} again, so choosing the chosen one
     * keeps its mark.
     */
    private CheckMenuItem choiceItem(ActionId id, ObservableBooleanValue chosen) {
        CheckMenuItem check = new CheckMenuItem();
        check.setSelected(chosen.get());
        chosen.addListener((obs, was, now) -> check.setSelected(now));
        check.setOnAction(e -> {
            registry.run(id);
            check.setSelected(chosen.get());
        });
        return check;
    }

    /** A tool bar or pane button: icon and label, the shortcut and description in its tooltip and accessible text. */
    public Button button(ActionId id) {
        Button button = new Button();
        button.setId(id.key() + "-button");
        button.textProperty().bind(registry.label(id));
        button.accessibleTextProperty().bind(registry.label(id));
        icons.icon(id).ifPresent(button::setGraphic);
        button.disableProperty().bind(registry.disabled(id));
        button.setOnAction(e -> registry.run(id));
        String more = id.shortcutText().isEmpty() ? id.description() : id.shortcutText() + ": " + id.description();
        button.accessibleHelpProperty().set(more);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.concat(registry.label(id), " (", more, ")"));
        button.setTooltip(tooltip);
        return button;
    }

    /** A compact button showing only the icon (the label stays its accessible text and tooltip). */
    public Button iconButton(ActionId id) {
        Button button = button(id);
        if (button.getGraphic() != null) {
            button.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }
        return button;
    }

    /** The label now, its mnemonic kept where the label is still the action's own. */
    private String withMnemonic(ActionId id) {
        String now = registry.label(id).get();
        if (now.startsWith(id.plainLabel())) {
            return id.label() + now.substring(id.plainLabel().length()).replace("_", "__");
        }
        return now.replace("_", "__");
    }
}
