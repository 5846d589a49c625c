package org.waymark.model.audience;

import java.util.Set;
import org.waymark.model.journey.ConsentLevel;

/**
 * Everything the contact form edits. {@code id} is 0 for a contact not saved yet, {@code accountId} 0 for none;
 * text fields are never null ("" when empty); {@code subscriptions} are the ids of the subscription lists the contact
 * is on.
 */
public record ContactDetails(long id, String firstName, String lastName, String email, String phone, String jobTitle,
                             String city, String country, long accountId, long businessUnitId, ConsentLevel consent,
                             Set<Long> subscriptions) {

    public ContactDetails {
        firstName = text(firstName);
        lastName = text(lastName);
        email = text(email);
        phone = text(phone);
        jobTitle = text(jobTitle);
        city = text(city);
        country = text(country);
        consent = consent == null ? ConsentLevel.NONE : consent;
        subscriptions = Set.copyOf(subscriptions);
    }

    /** A new contact in {@code businessUnitId}, with nothing filled in. */
    public static ContactDetails blank(long businessUnitId) {
        return new ContactDetails(0, "", "", "", "", "", "", "", 0, businessUnitId, ConsentLevel.NONE, Set.of());
    }

    /** The same contact with every text field stripped of surrounding spaces, as it is saved. */
    public ContactDetails stripped() {
        return new ContactDetails(id, firstName.strip(), lastName.strip(), email.strip(), phone.strip(),
                jobTitle.strip(), city.strip(), country.strip(), accountId, businessUnitId, consent, subscriptions);
    }

    public String fullName() {
        return (firstName.strip() + " " + lastName.strip()).strip();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
