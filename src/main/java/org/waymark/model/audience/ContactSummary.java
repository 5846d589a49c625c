package org.waymark.model.audience;

import org.waymark.model.journey.ConsentLevel;

/**
 * One row of the contact browser. {@code account} is empty and {@code accountId} 0 for a contact without an account.
 */
public record ContactSummary(long id, String firstName, String lastName, String email, String account, long accountId,
                             String city, String businessUnit, ConsentLevel consent) {

    public String fullName() {
        return (firstName + " " + lastName).trim();
    }
}
