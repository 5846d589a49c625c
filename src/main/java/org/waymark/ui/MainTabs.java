package org.waymark.ui;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TabPane.TabClosingPolicy;
import org.waymark.ui.activities.ActivitiesView;
import org.waymark.ui.activities.ActivitiesViewModel;
import org.waymark.ui.activities.ActivitySources;
import org.waymark.ui.contacts.ContactBrowserView;
import org.waymark.ui.engagement.EmailsView;
import org.waymark.ui.timeline.TimelinePane;

/**
 * The window's four tabs: the journey designer; the contacts beside the selected one's timeline; the data sources
 * and activities; the email templates' results and every message sent. Each tab loads what it shows the first time it is selected.
 */
final class MainTabs extends TabPane {

    private final Tab journey;
    private final Tab contacts;
    private final Tab activities;
    private final ContactBrowserView contactView;
    private final ActivitiesView activitiesView;
    private final Tab emails;
    private final EmailsView emailsView;

    MainTabs(Node journeyView, ContactBrowserView contactView, TimelinePane timeline, ActivitySources sources,
             EmailsView emailsView, Executor background) {
        this.emailsView = emailsView;
        this.contactView = contactView;
        contactView.selectedContact().addListener((obs, old, person) -> timeline.showContact(person));
        SplitPane people = new SplitPane(contactView, timeline);
        people.setDividerPositions(0.5);
        activitiesView = new ActivitiesView(new ActivitiesViewModel(sources.activities(), sources.unifier(),
                sources.sources(), background, Platform::runLater), sources, background, Platform::runLater);
        journey = tab("Journey", journeyView, "journey-tab");
        contacts = tab("Contacts", people, "contacts-tab");
        activities = tab("Activities", activitiesView, "activities-tab");
        emails = tab("Emails", emailsView, "emails-tab");
        getTabs().addAll(journey, contacts, activities, emails);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setAccessibleText("Journey, contacts, activities and emails");
        setId("main-tabs");
        contacts.setOnSelectionChanged(e -> {
            if (contacts.isSelected()) {
                contactView.activate();
            }
        });
        activities.setOnSelectionChanged(e -> {
            if (activities.isSelected()) {
                activitiesView.activate();
            }
        });
        emails.setOnSelectionChanged(e -> {
            if (emails.isSelected()) {
                emailsView.activate();
            }
        });
    }

    void showEmails() {
        getSelectionModel().select(emails);
        emailsView.focusCurrent();
    }

    Tab journeyTab() {
        return journey;
    }

    void showJourney() {
        getSelectionModel().select(journey);
    }

    void showContacts() {
        getSelectionModel().select(contacts);
        contactView.focusSearch();
    }

    void showActivities() {
        getSelectionModel().select(activities);
        activitiesView.focusFirst();
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
