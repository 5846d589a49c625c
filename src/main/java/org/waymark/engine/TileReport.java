package org.waymark.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened at one tile over the whole run (every iteration summed). {@code entered} = {@code waiting} +
 * {@code passed} always holds: {@code waiting} counts contacts still at the tile when the run (or their
 * iteration) ended, {@code passed} those who left it, including the ones who left the journey there.
 * {@code branches} counts who went down each path of a trigger ("true", "false") or splitter (branch labels);
 * {@code messages} holds the tile's other counts: for channels sent, delivered, bounced, opened, clicked, …
 * (contacts, not events); for the start tile those targeted and those kept out (excluded, belowConsent,
 * outOfScope, suppressed); for a page, form or event who visited, submitted, registered, attended; for an
 * internal action the records created; "removed" for
 * contacts who left the journey at the tile (suppressed or unsubscribed midway). Both maps keep the order the
 * engine gives them, so that reports print the same way every time.
 */
public record TileReport(String tileId, String label, String type, long entered, long waiting, long passed,
                         Map<String, Long> branches, Map<String, Long> messages) {

    public TileReport {
        branches = Collections.unmodifiableMap(new LinkedHashMap<>(branches));
        messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    /** A count of {@link #messages()}, 0 when absent. */
    public long message(String key) {
        return messages.getOrDefault(key, 0L);
    }

    /** A count of {@link #branches()}, 0 when absent. */
    public long branch(String key) {
        return branches.getOrDefault(key, 0L);
    }
}
