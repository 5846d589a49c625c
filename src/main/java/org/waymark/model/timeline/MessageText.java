package org.waymark.model.timeline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a stored message into what its contact read: placeholders such as {@code {{firstName}}} filled from the
 * contact's fields (an unknown one is left as written, an empty field gives ""), and an email's simple HTML made
 * into text: one paragraph per block, a link as "label (address)", entities decoded.
 */
public final class MessageText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
    private static final Pattern LINK = Pattern.compile("(?is)<a\\s[^>]*href\\s*=\\s*\"([^\"]*)\"[^>]*>(.*?)</a>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|h[1-6]|li|tr)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    public String personalise(String text, Map<String, String> fields) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = fields.containsKey(m.group(1)) ? fields.get(m.group(1)) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String htmlToText(String html) {
        String text = LINK.matcher(html).replaceAll(r -> {
            String label = TAG.matcher(r.group(2)).replaceAll("").strip();
            String url = r.group(1).strip();
            return Matcher.quoteReplacement(label.isEmpty() || label.equals(url) ? url : label + " (" + url + ")");
        });
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String kept = line.strip();
            if (!kept.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n\n").append(kept);
            }
        }
        return out.toString();
    }
}
