package org.waymark.model.audience;

/** Everything the account form edits; {@code id} is 0 for an account not saved yet, text fields never null. */
public record AccountDetails(long id, String name, String industry, String city, String country, String website,
                             long businessUnitId) {

    public AccountDetails {
        name = ContactDetails.text(name);
        industry = ContactDetails.text(industry);
        city = ContactDetails.text(city);
        country = ContactDetails.text(country);
        website = ContactDetails.text(website);
    }

    public static AccountDetails blank(long businessUnitId) {
        return new AccountDetails(0, "", "", "", "", "", businessUnitId);
    }

    /** The same account with every text field stripped of surrounding spaces, as it is saved. */
    public AccountDetails stripped() {
        return new AccountDetails(id, name.strip(), industry.strip(), city.strip(), country.strip(), website.strip(),
                businessUnitId);
    }
}
