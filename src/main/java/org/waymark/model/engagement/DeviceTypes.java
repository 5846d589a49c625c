package org.waymark.model.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The device type of each event of a message, derived the same way every time (decision 0010): an open records its
 * device in its detail ("Desktop", "mobile", "Opened on mobile"); a click, an attachment view or a reply happened on
 * the device of the latest open before it; a send, delivery or bounce has none.
 */
public final class DeviceTypes {

    /** "Desktop", "Mobile", "Tablet", "Webmail" named somewhere in {@code detail}, or "". */
    public String of(String detail) {
        if (detail == null) {
            return "";
        }
        String text = detail.toLowerCase(Locale.ROOT);
        for (String device : List.of("desktop", "mobile", "tablet", "webmail")) {
            if (text.contains(device)) {
                return Character.toUpperCase(device.charAt(0)) + device.substring(1);
            }
        }
        return "";
    }

    /**
     * The same events, oldest first, each with its device type filled in. An open's {@code what} is its recorded
     * detail; once read as a device it is cleared.
     */
    public List<MessageEvent> assign(List<MessageEvent> oldestFirst) {
        List<MessageEvent> out = new ArrayList<>(oldestFirst.size());
        String last = "";
        for (MessageEvent e : oldestFirst) {
            switch (e.subtype()) {
                case "opened" -> {
                    last = of(e.what());
                    out.add(new MessageEvent(e.id(), e.at(), e.subtype(), last, last.isEmpty() ? e.what() : "",
                            e.url()));
                }
                case "clicked", "attachmentViewed", "replied", "unsubscribed" -> out.add(e.withDevice(last));
                default -> out.add(e.withDevice(""));
            }
        }
        return out;
    }
}
