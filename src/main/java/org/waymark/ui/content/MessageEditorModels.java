package org.waymark.ui.content;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.PushMessage;
import org.waymark.model.content.SmsMessage;
import org.waymark.model.content.SmsLength;

/** The short channels being edited: a text message (with its length in characters and segments) and a push notification. */
public final class MessageEditorModels {

    private MessageEditorModels() {
    }

    public static final class Sms extends AssetEditorModel {
        private final StringProperty text = new SimpleStringProperty("");

        public Sms() {
            watch(text);
        }

        @Override
        public AssetKind kind() {
            return AssetKind.SMS;
        }

        public StringProperty textProperty() {
            return text;
        }

        /** "58 characters · 1 message", counted as written (placeholders before they are filled). */
        public String lengthText() {
            return SmsLength.of(text.get()).describe();
        }

        @Override
        protected void fill(Asset asset) {
            text.set(((SmsMessage) asset).text());
        }

        @Override
        protected Asset build(long id, AssetStatus status) {
            return new SmsMessage(id, nameProperty().get(), text.get(), status);
        }

        @Override
        protected String notesFor(Asset asset) {
            return join(SmsLength.of(((SmsMessage) asset).text()).describe(),
                    placeholderNotes("Text", ((SmsMessage) asset).text()));
        }
    }

    public static final class Push extends AssetEditorModel {
        private final StringProperty title = new SimpleStringProperty("");
        private final StringProperty text = new SimpleStringProperty("");

        public Push() {
            watch(title, text);
        }

        @Override
        public AssetKind kind() {
            return AssetKind.PUSH_NOTIFICATION;
        }

        public StringProperty titleProperty() {
            return title;
        }

        public StringProperty textProperty() {
            return text;
        }

        @Override
        protected void fill(Asset asset) {
            title.set(((PushMessage) asset).title());
            text.set(((PushMessage) asset).text());
        }

        @Override
        protected Asset build(long id, AssetStatus status) {
            return new PushMessage(id, nameProperty().get(), title.get(), text.get(), status);
        }

        @Override
        protected String notesFor(Asset asset) {
            PushMessage push = (PushMessage) asset;
            return join(placeholderNotes("Title", push.title()), placeholderNotes("Text", push.text()));
        }
    }
}
