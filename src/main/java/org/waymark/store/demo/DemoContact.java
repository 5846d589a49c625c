package org.waymark.store.demo;

import java.util.Set;

/** What the demo history needs to know about a generated contact. */
record DemoContact(long id, Long accountId, int consentRank, Set<String> subscriptions) {

    boolean subscribedTo(String list) {
        return subscriptions.contains(list);
    }
}
