package org.waymark.ui.timeline;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.ButtonRow;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.ui.appearance.StyleClass;

/**
 * A contact's or account's timeline: its name, a button to switch between the contact and its account, the
 * filters, how many items there are, and the list (virtualized: only the visible lines exist; pages load as it
 * scrolls). Enter on an item expands it to show its message; Ctrl+Enter opens its web address.
 */
public final class TimelinePane extends VBox {

    private static final String STYLESHEET = TimelinePane.class.getResource("/org/waymark/ui/timeline.css")
            .toExternalForm();

    private final TimelineViewModel model;
    private final Consumer<String> openUrl;
    private final ListView<TimelineRow> list = new ListView<>();
    private final Button switchProfile = new Button();
    private ContactSummary contact;

    public TimelinePane(TimelineViewModel model, Consumer<String> openUrl) {
        this.model = model;
        this.openUrl = openUrl;
        getStyleClass().add(StyleClass.TIMELINE_PANE);
        getStylesheets().add(STYLESHEET);
        setId("timeline-pane");

        Label heading = new Label();
        heading.setId("timeline-heading");
        heading.getStyleClass().add(StyleClass.TIMELINE_HEADING);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.profileProperty().get() == null
                ? "Timeline" : model.profileProperty().get().name() + (model.profileProperty().get().isAccount()
                ? " (account)" : ""), model.profileProperty()));
        switchProfile.setId("timeline-switch");
        switchProfile.setVisible(false);
        switchProfile.managedProperty().bind(switchProfile.visibleProperty());
        switchProfile.setOnAction(e -> switchProfile());
        ButtonRow top = new ButtonRow(heading, switchProfile); // the button goes below a long name
        top.setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.setId("timeline-count");
        count.getStyleClass().add(StyleClass.TIMELINE_COUNT);
        count.textProperty().bind(model.countTextBinding());
        count.visibleProperty().bind(model.profileProperty().isNotNull());
        count.managedProperty().bind(count.visibleProperty());

        TimelineIcons icons = new TimelineIcons();
        list.setId("timeline-list");
        list.setAccessibleText("Timeline, newest first");
        list.setItems(model.rows());
        list.setCellFactory(view -> new TimelineCell(model, icons, openUrl));
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.countTextBinding());
        list.setPlaceholder(placeholder);
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() instanceof TimelineRow.Entry entry) {
                model.toggle(entry);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        setSpacing(8);
        setPadding(new Insets(12));
        TimelineFilterBar filters = new TimelineFilterBar(model);
        filters.disableProperty().bind(model.profileProperty().isNull());
        getChildren().addAll(top, filters, count, list);
        model.profileProperty().addListener((obs, old, now) -> list.scrollTo(0));
    }

    /** Shows {@code person}'s timeline, filters cleared; the switch button offers their account's. */
    public void showContact(ContactSummary person) {
        contact = person;
        if (person == null) {
            switchProfile.setVisible(false);
            model.close(); // nothing selected: no one's history stays on show
            return;
        }
        model.open(TimelineProfile.contact(person.id(), person.fullName()));
        offerSwitch();
    }

    /** Shows account {@code id}'s timeline, filters cleared, with its contacts in the contact filter. */
    public void showAccount(long id, String name) {
        contact = null;
        switchProfile.setVisible(false);
        model.open(TimelineProfile.account(id, name));
    }

    private void switchProfile() {
        if (contact == null) {
            return;
        }
        TimelineProfile shown = model.profileProperty().get();
        model.open(shown != null && shown.isAccount() ? TimelineProfile.contact(contact.id(), contact.fullName())
                : TimelineProfile.account(contact.accountId(), contact.account()));
        offerSwitch();
    }

    private void offerSwitch() {
        TimelineProfile shown = model.profileProperty().get();
        boolean account = shown != null && shown.isAccount();
        switchProfile.setVisible(account || contact.accountId() != 0);
        switchProfile.setText(account ? "Show " + contact.fullName() : "Show account " + contact.account());
        switchProfile.setAccessibleText(account ? "Show the timeline of " + contact.fullName()
                : "Show the timeline of the account " + contact.account());
    }

    private void onKey(KeyEvent e) {
        if (!(list.getSelectionModel().getSelectedItem() instanceof TimelineRow.Entry entry)) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            if (entry.item().hasUrl()) {
                openUrl.accept(entry.item().url());
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            model.toggle(entry);
            e.consume();
        }
    }

    /** Puts the keyboard focus on the list. */
    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }
}
