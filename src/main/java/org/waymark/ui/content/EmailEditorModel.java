package org.waymark.ui.content;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.EmailAttachment;
import org.waymark.model.content.EmailLink;
import org.waymark.model.content.MarketingEmail;

/** A marketing email being edited: subject, preheader, body with placeholders, its links and attachments. */
public final class EmailEditorModel extends AssetEditorModel {

    /** One link row: label, address, and whether its clicks are followed. */
    public static final class LinkRow {
        public final StringProperty label = new SimpleStringProperty("");
        public final StringProperty url = new SimpleStringProperty("");
        public final BooleanProperty followed = new SimpleBooleanProperty(true);

        LinkRow(EmailLink link) {
            label.set(link.label());
            url.set(link.url());
            followed.set(link.followed());
        }
    }

    /** One attachment row: its file name and whether its views are followed. */
    public static final class AttachmentRow {
        public final StringProperty fileName = new SimpleStringProperty("");
        public final BooleanProperty followed = new SimpleBooleanProperty(true);

        AttachmentRow(EmailAttachment file) {
            fileName.set(file.fileName());
            followed.set(file.followed());
        }
    }

    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty preheader = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList(
            r -> new Observable[] {r.label, r.url, r.followed});
    private final ObservableList<AttachmentRow> attachments = FXCollections.observableArrayList(
            r -> new Observable[] {r.fileName, r.followed});

    public EmailEditorModel() {
        watch(subject, preheader, body, links, attachments);
    }

    @Override
    public AssetKind kind() {
        return AssetKind.EMAIL;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty preheaderProperty() {
        return preheader;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObservableList<LinkRow> links() {
        return links;
    }

    public ObservableList<AttachmentRow> attachments() {
        return attachments;
    }

    public LinkRow addLink() {
        LinkRow row = new LinkRow(new EmailLink("", "https://", true));
        links.add(row);
        return row;
    }

    public AttachmentRow addAttachment() {
        AttachmentRow row = new AttachmentRow(new EmailAttachment("", true));
        attachments.add(row);
        return row;
    }

    @Override
    protected void fill(Asset asset) {
        MarketingEmail email = (MarketingEmail) asset;
        subject.set(email.subject());
        preheader.set(email.preheader());
        body.set(email.body());
        links.setAll(email.links().stream().map(LinkRow::new).toList());
        attachments.setAll(email.attachments().stream().map(AttachmentRow::new).toList());
    }

    @Override
    protected Asset build(long id, AssetStatus status) {
        return new MarketingEmail(id, nameProperty().get(), subject.get(), preheader.get(), body.get(), status,
                links.stream().map(r -> new EmailLink(r.label.get(), r.url.get(), r.followed.get())).toList(),
                attachments.stream().map(r -> new EmailAttachment(r.fileName.get(), r.followed.get())).toList());
    }

    @Override
    protected String notesFor(Asset asset) {
        MarketingEmail email = (MarketingEmail) asset;
        return join(placeholderNotes("Subject", email.subject()), placeholderNotes("Preheader", email.preheader()),
                placeholderNotes("Body", email.body()));
    }
}
