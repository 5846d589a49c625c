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
import org.waymark.ui.contacts.PeopleView;
import org.waymark.ui.files.FilePicker;
import org.waymark.ui.content.ContentView;
import org.waymark.ui.engagement.EmailsView;
import org.waymark.ui.segments.SegmentsView;
import org.waymark.ui.timeline.TimelinePane;

/**
 * The window's tabs: the journey designer; the contacts or accounts beside the selected one's timeline; the data
 * sources and activities; the email templates' results and every message sent; the marketing content and its
 * editors; the segments. Each tab loads what it shows the first time it is selected.
 */
final class MainTabs extends TabPane {

    private final Tab journey;
    private final Tab contacts;
    private final Tab activities;
    private final PeopleView contactView;
    private final ActivitiesView activitiesView;
    private final Tab emails;
    private final EmailsView emailsView;
    private Tab segments;
    private SegmentsView segmentsView;
    private final Tab content;
    private final ContentView contentView;

    MainTabs(Node journeyView, PeopleView contactView, TimelinePane timeline, ActivitySources sources,
             EmailsView emailsView, ContentView contentView, Executor background, FilePicker files) {
        this.emailsView = emailsView;
        this.contentView = contentView;
        this.contactView = contactView;
        contactView.selectedContact().addListener((obs, old, person) -> timeline.showContact(person));
        contactView.selectedAccount().addListener((obs, old, account) -> {
            if (account != null) {
                timeline.showAccount(account.id(), account.name());
            } else {
                timeline.showContact(null); // nothing selected: no one's history stays on show
            }
        });
        SplitPane people = new SplitPane(contactView, timeline);
        people.setDividerPositions(0.5);
        activitiesView = new ActivitiesView(new ActivitiesViewModel(sources, background, Platform::runLater), files);
        journey = tab("Journey", journeyView, "journey-tab");
        contacts = tab("Contacts", people, "contacts-tab");
        activities = tab("Activities", org.waymark.ui.window.ScrollWhenShort.around(activitiesView), "activities-tab");
        emails = tab("Emails", emailsView, "emails-tab");
        content = tab("Content", contentView, "content-tab");
        getTabs().addAll(journey, contacts, activities, emails, content);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setAccessibleText("Journey, contacts, activities, emails and content");
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
        content.setOnSelectionChanged(e -> {
            if (content.isSelected()) {
                contentView.activate();
            }
        });
    }

    void showContent() {
        getSelectionModel().select(content);
        contentView.focusTable();
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

    /** Adds the Segments tab after the others; it reads the segments the first time it is selected. */
    void addSegments(SegmentsView view) {
        segmentsView = view;
        segments = tab("Segments", view, "segments-tab");
        getTabs().add(segments);
        segments.setOnSelectionChanged(e -> {
            if (segments.isSelected()) {
                view.activate();
            }
        });
    }

    /**
     * True when nothing outside the journey is unsaved, or the user chose to close anyway: the Content tab's edited
     * assets and the segment in the builder are named, and "Go back" keeps the window open.
     */
    boolean mayClose(javafx.stage.Window owner) {
        java.util.List<String> unsaved = new java.util.ArrayList<>();
        contentView.unsavedNames().forEach(name -> unsaved.add("content \u201c" + name + "\u201d"));
        if (segmentsView != null) {
            segmentsView.unsavedSegment().ifPresent(name -> unsaved.add("segment \u201c" + name + "\u201d"));
        }
        if (unsaved.isEmpty()) {
            return true;
        }
        javafx.scene.control.ButtonType close = new javafx.scene.control.ButtonType("Close without saving",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType back = new javafx.scene.control.ButtonType("Go back",
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                "Not saved: " + String.join(", ", unsaved) + ".", back, close);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Close Waymark and lose these changes?");
        ask.initOwner(owner);
        return ask.showAndWait().filter(close::equals).isPresent();
    }

    void showSegments() {
        getSelectionModel().select(segments);
        segmentsView.activate();
        segmentsView.focusList();
    }

    void showActivities() {
        getSelectionModel().select(activities);
        activitiesView.focusFirst();
    }

    /**
     * The parts of the tab shown, for F6: each side of a split view (the contacts, then the timeline), else the tab
     * as a whole.
     */
    java.util.List<org.waymark.ui.window.FocusPart> focusParts() {
        Tab shown = getSelectionModel().getSelectedItem();
        Node content = shown == null ? null : shown.getContent();
        if (content == null) {
            return java.util.List.of();
        }
        java.util.List<Node> sides = content instanceof SplitPane split ? split.getItems() : java.util.List.of(content);
        return sides.stream().map(side -> org.waymark.ui.window.FocusPart.of(shown.getText(), side)).toList();
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
