package org.waymark.model.activity;

/**
 * How an activity row finds its contact and account. The contact side is a column holding a contact's id or email;
 * the contact's account then comes along (activity, contact, account). The account side is a column holding an
 * account's id or name, used when there is no contact column or its value matches no contact: the row is then kept
 * as "not mapped to a contact". At least one side is given.
 */
public record ActivityRelationship(String contactColumn, ContactMatch contactMatch, String accountColumn,
        AccountMatch accountMatch) {

    /** What the contact column holds. */
    public enum ContactMatch { ID, EMAIL }

    /** What the account column holds. */
    public enum AccountMatch { ID, NAME }

    public ActivityRelationship {
        if (contactColumn == null && accountColumn == null) {
            throw new IllegalArgumentException("A relationship needs a contact column, an account column or both");
        }
        if ((contactColumn == null) != (contactMatch == null) || (accountColumn == null) != (accountMatch == null)) {
            throw new IllegalArgumentException("Each relationship column needs what it matches");
        }
    }

    public static ActivityRelationship toContact(String column, ContactMatch match) {
        return new ActivityRelationship(column, match, null, null);
    }

    public static ActivityRelationship toAccount(String column, AccountMatch match) {
        return new ActivityRelationship(null, null, column, match);
    }

    public ActivityRelationship withAccount(String column, AccountMatch match) {
        return new ActivityRelationship(contactColumn, contactMatch, column, match);
    }
}
