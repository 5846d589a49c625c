package org.waymark.ui.content;

import java.util.Map;
import java.util.concurrent.Executor;
import org.waymark.ui.background.AnswerLine;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.content.Asset;
import org.waymark.model.content.MarketingEmail;
import org.waymark.model.content.PushMessage;
import org.waymark.model.content.SmsMessage;
import org.waymark.model.timeline.MessageText;
import org.waymark.store.ContactRepository;
import org.waymark.store.timeline.MessagePreviews;

/**
 * The preview of the message being edited as one contact would read it: a contact found by a search, and the
 * subject, preheader and body (or the text message's text, the push notification's title and text) with the
 * placeholders filled from that contact. Without a contact the placeholders show as written. Follows the edits.
 */
public final class PreviewViewModel {

    public static final int MATCHES = 20;

    private final ContactRepository contacts;
    private final MessagePreviews values;
    /** The contacts a search finds: a newer search makes the answer for the last one stale. */
    private final AnswerLine searches;
    /** The chosen contact's placeholder values: choosing another makes the answer for the last one stale. */
    private final AnswerLine people;
    private final MessageText text = new MessageText();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<ContactSummary> matches = FXCollections.observableArrayList();
    private final ObjectProperty<ContactSummary> contact = new SimpleObjectProperty<>();
    private final ObjectProperty<Asset> asset = new SimpleObjectProperty<>();
    private Map<String, String> fields = Map.of();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preheader = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper("");

    public PreviewViewModel(ContactRepository contacts, MessagePreviews values, Executor background, Executor ui) {
        this.contacts = contacts;
        this.values = values;
        this.searches = new AnswerLine(background, ui);
        this.people = new AnswerLine(background, ui);
        search.addListener((o, old, typed) -> find(typed));
        contact.addListener((o, old, person) -> load(person));
        asset.addListener(o -> render());
        render();
    }

    /** The asset to preview, as edited; the view binds it to the editor's current asset. */
    public ObjectProperty<Asset> assetProperty() {
        return asset;
    }

    private void find(String typed) {
        String needle = typed == null ? "" : typed.strip();
        if (needle.isEmpty()) {
            searches.drop();
            matches.clear();
            return;
        }
        searches.ask(() -> contacts.search(needle, 0, MATCHES), matches::setAll, e -> {
            matches.clear();
            heading.set("Cannot search the contacts: " + e.getMessage());
        });
    }

    private void load(ContactSummary person) {
        if (person == null) {
            people.drop();
            fields = Map.of();
            render();
            return;
        }
        people.ask(() -> values.placeholderValues(person.id()), read -> {
            fields = read;
            render();
        }, e -> heading.set("Cannot read " + person.firstName() + " " + person.lastName() + "'s values: "
                + e.getMessage()));
    }

    private void render() {
        Asset shown = asset.get();
        ContactSummary person = contact.get();
        String who = person == null ? "placeholders as written; choose a contact to fill them"
                : "as " + person.firstName() + " " + person.lastName() + " reads it";
        if (shown instanceof MarketingEmail e) {
            set("Email, " + who, fill(e.subject()), fill(e.preheader()), text.htmlToText(fill(e.body())));
        } else if (shown instanceof SmsMessage s) {
            set("Text message, " + who, "", "", fill(s.text()));
        } else if (shown instanceof PushMessage p) {
            set("Push notification, " + who, fill(p.title()), "", fill(p.text()));
        } else {
            set(shown == null ? "Select an email, text message or push notification to preview it"
                    : "Only emails, text messages and push notifications have a preview", "", "", "");
        }
    }

    private String fill(String written) {
        return text.personalise(written, fields);
    }

    private void set(String what, String newTitle, String newPreheader, String newBody) {
        heading.set(what);
        title.set(newTitle);
        preheader.set(newPreheader);
        body.set(newBody);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<ContactSummary> matches() {
        return matches;
    }

    public ObjectProperty<ContactSummary> contactProperty() {
        return contact;
    }

    /** What the preview shows and for whom: "Email, as Ana Silva reads it". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The subject of an email, the title of a push notification, "" for a text message. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty preheaderProperty() {
        return preheader.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }
}
