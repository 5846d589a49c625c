package org.waymark.store;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The keys the store keeps for matching (migration V12): a contact's email and an account's name as they are
 * matched, trimmed and in lower case, computed by H2 on every write and indexed. The code generator does not see
 * computed columns, so they are named here, once.
 */
public final class MatchKeys {

    private MatchKeys() {
    }

    /** {@code contact}'s (the table or an alias of it) email key: {@code lower(trim(email))}, indexed. */
    public static Field<String> email(Table<?> contact) {
        return DSL.field(contact.getQualifiedName().append("EMAIL_KEY"), String.class);
    }

    /** {@code account}'s (the table or an alias of it) name key: {@code lower(trim(name))}, indexed. */
    public static Field<String> accountName(Table<?> account) {
        return DSL.field(account.getQualifiedName().append("NAME_KEY"), String.class);
    }
}
