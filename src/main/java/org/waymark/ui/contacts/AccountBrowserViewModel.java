package org.waymark.ui.contacts;

import java.util.List;
import java.util.concurrent.Executor;
import org.waymark.model.audience.AccountSummary;
import org.waymark.store.audience.AccountRecords;

/** Accounts matching the search text (name, industry, city or country), a page at a time. */
public final class AccountBrowserViewModel extends PagedSearchViewModel<AccountSummary> {

    public AccountBrowserViewModel(AccountRecords accounts, Executor background, Executor ui) {
        super(new Pages<>() {
            @Override
            public List<AccountSummary> search(String text, int offset, int limit) {
                return accounts.search(text, offset, limit);
            }

            @Override
            public int count(String text) {
                return accounts.count(text);
            }
        }, "account", "accounts", background, ui);
    }
}
