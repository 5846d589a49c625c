package org.waymark.ui.engagement;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Emails tab (Ctrl+Tab switches inside it): "Templates" (each email template's results, {@link TemplateResultsView}) and "Messages" (every
 * message sent to one contact and its engagement detail, {@link MessagesView}). Each loads the first time it shows.
 */
public final class EmailsView extends TabPane {

    private final TemplateResultsView templates;
    private final MessagesView messages;
    private final Tab templatesTab;
    private final Tab messagesTab;

    public EmailsView(TemplateResultsView templates, MessagesView messages) {
        this.templates = templates;
        this.messages = messages;
        setId("emails-tabs");
        setAccessibleText("Email templates and email messages");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        templatesTab = new Tab("Templates", org.waymark.ui.window.ScrollWhenShort.around(templates));
        templatesTab.setId("email-templates-tab");
        messagesTab = new Tab("Messages", messages);
        messagesTab.setId("email-messages-tab");
        getTabs().addAll(templatesTab, messagesTab);
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            activate();
            javafx.application.Platform.runLater(this::focusCurrent);
        });
    }

    /** Loads what the selected inner tab shows, the first time. */
    public void activate() {
        if (getSelectionModel().getSelectedItem() == messagesTab) {
            messages.activate();
        } else {
            templates.activate();
        }
    }

    /** Puts the keyboard on the selected inner tab's list. */
    public void focusCurrent() {
        if (getSelectionModel().getSelectedItem() == messagesTab) {
            messages.focusFirst();
        } else {
            templates.focusTable();
        }
    }

    /** Shows the Messages tab with the keyboard on its list. */
    public void showMessages() {
        getSelectionModel().select(messagesTab);
        messages.activate();
        messages.focusFirst();
    }
}
