package org.waymark.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.timeline.EmailEngagement;
import org.waymark.model.timeline.MessagePreview;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.model.timeline.TimelineWording;
import org.waymark.ui.appearance.StyleClass;

/**
 * The expanded part of a timeline item: an email's subject, preheader and body, a text's text or a push
 * notification's title and body; for an email the contact's opens, clicks, attachment views and replies and its
 * interactions with it, newest first.
 */
final class ItemDetailView extends VBox {

    ItemDetailView(ItemDetail detail, TimelineItem item, TimelineWords words) {
        super(6);
        getStyleClass().add(StyleClass.TIMELINE_PREVIEW);
        setId("timeline-preview");
        if (detail.loading()) {
            getChildren().add(muted("Loading the message…"));
            return;
        }
        detail.message().ifPresent(this::message);
        detail.engagement().ifPresent(e -> engagement(e, words));
        if (detail.message().isEmpty() && detail.engagement().isEmpty()) {
            getChildren().add(muted(item.isMessage() ? "This message is no longer in the store."
                    : "Nothing more to show for this item."));
        }
    }

    private void message(MessagePreview message) {
        if (!message.title().isEmpty()) {
            Label title = new Label(message.title());
            title.getStyleClass().add(StyleClass.TIMELINE_PREVIEW_TITLE);
            title.setId("timeline-preview-title");
            WrappedText.wrap(title);
            getChildren().add(title);
        }
        if (!message.preheader().isEmpty()) {
            getChildren().add(muted(message.preheader()));
        }
        Label body = new Label(message.body());
        body.getStyleClass().add(StyleClass.TIMELINE_PREVIEW_BODY);
        body.setId("timeline-preview-body");
        WrappedText.wrap(body);
        getChildren().add(body);
    }

    private void engagement(EmailEngagement engagement, TimelineWords words) {
        Label kpis = new Label(plural(engagement.opens(), "open") + " · " + plural(engagement.clicks(), "click") + " · "
                + plural(engagement.attachmentViews(), "attachment view") + " · " + plural(engagement.replies(), "reply"));
        kpis.getStyleClass().add(StyleClass.TIMELINE_KPIS);
        kpis.setId("timeline-kpis");
        getChildren().add(kpis);
        TimelineWording wording = new TimelineWording();
        for (TimelineItem done : engagement.history()) {
            String extra = done.detail().isEmpty() ? "" : " · " + done.detail();
            getChildren().add(muted(wording.subtype(done.subtype()) + " · " + words.exact(done.occurredAt()) + extra));
        }
    }

    private static String plural(int n, String what) {
        return n + " " + (n == 1 ? what : what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s");
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(StyleClass.TIMELINE_PREVIEW_NOTE);
        WrappedText.wrap(label);
        return label;
    }
}
