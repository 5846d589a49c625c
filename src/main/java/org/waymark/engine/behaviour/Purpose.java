package org.waymark.engine.behaviour;

/**
 * The purpose of each random draw: every decision the behaviour model makes for a contact on a tile uses
 * its own purpose, so that no decision depends on another one or on the order they are made in. Decisions
 * about the n-th link or attachment use {@link #indexed}.
 */
final class Purpose {

    static final int DELIVERY = 1;
    static final int DELIVERY_DELAY = 2;
    static final int OPEN = 3;
    static final int OPEN_DELAY = 4;
    static final int DEVICE = 5;
    static final int CLICK = 6;
    static final int CLICK_LINK = 7;
    static final int CLICK_DELAY = 8;
    static final int MORE_LINKS = 9;
    static final int ATTACHMENT = 10;
    static final int ATTACHMENT_DELAY = 11;
    static final int REPLY = 12;
    static final int REPLY_DELAY = 13;
    static final int UNSUBSCRIBE = 14;
    static final int UNSUBSCRIBE_DELAY = 15;
    static final int VISIT = 20;
    static final int VISIT_DELAY = 21;
    static final int SUBMIT = 22;
    static final int SUBMIT_DELAY = 23;
    static final int REGISTER = 24;
    static final int REGISTER_DELAY = 25;
    static final int ATTEND = 26;
    static final int ATTEND_DELAY = 27;
    static final int INBOUND_DAY = 30;
    static final int INBOUND_TIME = 31;

    /** Purposes above this bound belong to {@link #indexed} draws. */
    private static final int BASE_BOUND = 256;

    private Purpose() {
    }

    /** The purpose of a draw about the item at {@code index} (a link, an attachment) of a message. */
    static int indexed(int purpose, int index) {
        return purpose + (index + 1) * BASE_BOUND;
    }

    /** Inbound start kinds draw with purposes of their own, so two kinds on one tile stay independent. */
    static int inbound(int purpose, int kindOrdinal) {
        return indexed(purpose, kindOrdinal);
    }
}
