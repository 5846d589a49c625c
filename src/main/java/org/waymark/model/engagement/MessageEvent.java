package org.waymark.model.engagement;

import java.time.LocalDateTime;

/**
 * One thing that happened to an email message: its interaction subtype ("sent", "opened", "clicked"...), when, on
 * which device ("" when unknown, see {@link DeviceTypes}), what it concerned (the link's label, the attachment's file
 * name, the bounce reason; "" when nothing) and the link's address ("" when none).
 */
public record MessageEvent(long id, LocalDateTime at, String subtype, String device, String what, String url) {

    public MessageEvent {
        device = device == null ? "" : device;
        what = what == null ? "" : what;
        url = url == null ? "" : url;
    }

    public MessageEvent withDevice(String value) {
        return new MessageEvent(id, at, subtype, value, what, url);
    }
}
