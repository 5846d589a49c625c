package org.waymark.model.content;

/**
 * How long a text message is as phones count it: characters and segments. Text in the GSM 7-bit alphabet fits 160
 * characters in one message and 153 per segment when split (the characters {@code ^ { } \ [ ] ~ | €} count twice);
 * any other character makes the whole message Unicode, 70 characters in one message and 67 per segment.
 * Placeholders are counted as written, before they are filled.
 */
public record SmsLength(int characters, int segments, boolean unicode) {

    private static final String GSM = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = "^{}\\[]~|€\f";

    public static SmsLength of(String text) {
        String s = text == null ? "" : text;
        int units = 0;
        boolean unicode = false;
        for (int i = 0; i < s.length() && !unicode; i++) {
            char c = s.charAt(i);
            if (GSM.indexOf(c) >= 0) {
                units++;
            } else if (GSM_EXTENDED.indexOf(c) >= 0) {
                units += 2;
            } else {
                unicode = true;
            }
        }
        if (unicode) {
            units = s.length();
            return new SmsLength(units, segments(units, 70, 67), true);
        }
        return new SmsLength(units, segments(units, 160, 153), false);
    }

    private static int segments(int units, int single, int perSegment) {
        if (units == 0) {
            return 0;
        }
        return units <= single ? 1 : (units + perSegment - 1) / perSegment;
    }

    /** "58 characters · 1 message", "171 characters · 2 segments", "80 characters · 2 segments (Unicode)". */
    public String describe() {
        String count = characters + (characters == 1 ? " character" : " characters");
        String parts = segments <= 1 ? segments + (segments == 1 ? " message" : " messages")
                : segments + " segments";
        return count + " · " + parts + (unicode ? " (Unicode: 70 characters per message)" : "");
    }
}
