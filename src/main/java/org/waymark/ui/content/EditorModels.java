package org.waymark.ui.content;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.MarketingEmail;
import org.waymark.model.content.MarketingEvent;
import org.waymark.model.content.MarketingForm;
import org.waymark.model.content.MarketingPage;
import org.waymark.model.content.PushMessage;
import org.waymark.model.content.SmsMessage;

/** The editor model for each kind of asset, and the blank draft New creates. */
final class EditorModels {

    private EditorModels() {
    }

    static AssetEditorModel of(AssetKind kind) {
        return switch (kind) {
            case EMAIL -> new EmailEditorModel();
            case SMS -> new MessageEditorModels.Sms();
            case PUSH_NOTIFICATION -> new MessageEditorModels.Push();
            case MARKETING_FORM -> new FormEditorModel();
            case MARKETING_PAGE -> new PageEditorModel();
            case EVENT -> new EventEditorModel();
            default -> throw new IllegalArgumentException(kind.label() + " is not a content asset");
        };
    }

    /** A new draft named {@code name}; an event starts a week from today at 9:00. */
    static Asset blank(AssetKind kind, String name, Clock clock) {
        return switch (kind) {
            case EMAIL -> MarketingEmail.draft(name);
            case SMS -> new SmsMessage(0, name, "", AssetStatus.DRAFT);
            case PUSH_NOTIFICATION -> new PushMessage(0, name, "", "", AssetStatus.DRAFT);
            case MARKETING_FORM -> new MarketingForm(0, name, List.of(), AssetStatus.DRAFT);
            case MARKETING_PAGE -> new MarketingPage(0, name, "", "", AssetStatus.DRAFT);
            case EVENT -> new MarketingEvent(0, name, LocalDateTime.now(clock.withZone(ZoneId.systemDefault()))
                    .plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0), null, "", AssetStatus.DRAFT);
            default -> throw new IllegalArgumentException(kind.label() + " is not a content asset");
        };
    }
}
