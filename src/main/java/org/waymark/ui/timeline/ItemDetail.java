package org.waymark.ui.timeline;

import java.util.Optional;
import org.waymark.model.timeline.EmailEngagement;
import org.waymark.model.timeline.MessagePreview;

/**
 * What an expanded timeline item shows below its line: the message as received (an email, text or push), and for an
 * email what the contact did with it. {@code loading} until the store has answered.
 */
public record ItemDetail(long itemId, boolean loading, Optional<MessagePreview> message,
                         Optional<EmailEngagement> engagement) {

    static ItemDetail loading(long itemId) {
        return new ItemDetail(itemId, true, Optional.empty(), Optional.empty());
    }
}
