package org.waymark.model.segment;

/** The contact and account fields a segment can test, with the key its stored query uses. */
public enum ContactField {
    FIRST_NAME("firstName", "First name"),
    LAST_NAME("lastName", "Last name"),
    EMAIL("email", "Email"),
    PHONE("phone", "Phone"),
    JOB_TITLE("jobTitle", "Job title"),
    CITY("city", "City"),
    COUNTRY("country", "Country"),
    BUSINESS_UNIT("businessUnit", "Business unit"),
    ACCOUNT_NAME("account.name", "Account name"),
    ACCOUNT_INDUSTRY("account.industry", "Account industry"),
    ACCOUNT_CITY("account.city", "Account city"),
    ACCOUNT_COUNTRY("account.country", "Account country");

    private final String key;
    private final String label;

    ContactField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** True for the fields read from the contact's account. */
    public boolean onAccount() {
        return key.startsWith("account.");
    }

    public static java.util.Optional<ContactField> ofKey(String key) {
        return QueryKeys.find(values(), ContactField::key, key);
    }
}
