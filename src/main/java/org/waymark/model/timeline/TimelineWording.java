package org.waymark.model.timeline;

import java.util.Map;
import org.waymark.model.interaction.InteractionType;

/**
 * Says what happened on a timeline item in a few words ("Email opened", "Form submitted"), and names subtypes for
 * the filter panel ("Attachment viewed"). Activities say their own event.
 */
public final class TimelineWording {

    private static final Map<String, String> SUBTYPES = Map.ofEntries(
            Map.entry("sent", "Sent"), Map.entry("delivered", "Delivered"), Map.entry("bounced", "Bounced"),
            Map.entry("opened", "Opened"), Map.entry("clicked", "Link clicked"),
            Map.entry("attachmentViewed", "Attachment viewed"), Map.entry("replied", "Replied"),
            Map.entry("unsubscribed", "Unsubscribed"), Map.entry("visited", "Visited"),
            Map.entry("submitted", "Submitted"), Map.entry("registered", "Registered"),
            Map.entry("attended", "Attended"), Map.entry("cancelled", "Registration cancelled"));

    /** "Opened", "Link clicked"; an unknown subtype (an activity's event) is shown as written. */
    public String subtype(String subtype) {
        String known = SUBTYPES.get(subtype);
        if (known != null) {
            return known;
        }
        return subtype.isEmpty() ? "" : Character.toUpperCase(subtype.charAt(0)) + subtype.substring(1);
    }

    /** "Email opened", "Text message delivered", "Web page visited"; an activity: its event. */
    public String headline(TimelineItem item) {
        if (item.type() == InteractionType.ACTIVITY) {
            return subtype(item.subtype());
        }
        String what = subtype(item.subtype());
        String noun = item.type() == InteractionType.WEB ? "Web page" : item.type().label();
        return what.isEmpty() ? noun : noun + " " + Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }
}
