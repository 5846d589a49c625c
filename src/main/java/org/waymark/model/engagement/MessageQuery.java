package org.waymark.model.engagement;

import java.time.LocalDate;

/**
 * What the emails list shows: messages whose email name, recipient or address contains {@code search} (blank: all),
 * in {@code state} (null: any), sent from {@code sentFrom} to {@code sentTo} inclusive (either null: open), sorted by
 * {@code sort}, {@code descending} or not.
 */
public record MessageQuery(String search, MessageState state, LocalDate sentFrom, LocalDate sentTo, MessageSort sort,
                           boolean descending) {

    public MessageQuery {
        search = search == null ? "" : search.strip();
        sort = sort == null ? MessageSort.SENT : sort;
        if (sentFrom != null && sentTo != null && sentTo.isBefore(sentFrom)) {
            throw new IllegalArgumentException("sent to " + sentTo + " is before sent from " + sentFrom);
        }
    }

    /** Every message, newest first. */
    public static MessageQuery newestFirst() {
        return new MessageQuery("", null, null, null, MessageSort.SENT, true);
    }

    public MessageQuery withSearch(String text) {
        return new MessageQuery(text, state, sentFrom, sentTo, sort, descending);
    }

    public MessageQuery withState(MessageState value) {
        return new MessageQuery(search, value, sentFrom, sentTo, sort, descending);
    }

    public MessageQuery withSent(LocalDate from, LocalDate to) {
        return new MessageQuery(search, state, from, to, sort, descending);
    }

    public MessageQuery sortedBy(MessageSort by, boolean desc) {
        return new MessageQuery(search, state, sentFrom, sentTo, by, desc);
    }
}
