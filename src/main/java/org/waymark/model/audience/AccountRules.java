package org.waymark.model.audience;

import java.util.ArrayList;
import java.util.List;

/** What an account may hold: a name, and the store's column sizes. */
public final class AccountRules {

    public static final FieldRule NAME = new FieldRule("Name", "name", 200, true, "account");
    public static final FieldRule INDUSTRY = new FieldRule("Industry", "industry", 100, false, "account");
    public static final FieldRule CITY = new FieldRule("City", "city", 100, false, "account");
    public static final FieldRule COUNTRY = new FieldRule("Country", "country", 100, false, "account");
    public static final FieldRule WEBSITE = new FieldRule("Website", "website", 500, false, "account");

    private AccountRules() {
    }

    /** Every problem of {@code account}, in the form's order; empty when it can be saved. */
    public static List<FieldProblem> check(AccountDetails account) {
        List<FieldProblem> problems = new ArrayList<>();
        ContactRules.add(problems, NAME.check(account.name()));
        ContactRules.add(problems, INDUSTRY.check(account.industry()));
        ContactRules.add(problems, CITY.check(account.city()));
        ContactRules.add(problems, COUNTRY.check(account.country()));
        ContactRules.add(problems, WEBSITE.check(account.website()));
        if (account.businessUnitId() <= 0) {
            problems.add(new FieldProblem("business_unit", "Business unit is not chosen; every account needs one"));
        }
        return problems;
    }
}
