package org.waymark.model.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a contact may hold, shared by the contact import and the contact form: required names, the store's column
 * sizes and the shape of an email address.
 */
public final class ContactRules {

    public static final FieldRule FIRST_NAME = new FieldRule("First name", "first_name", 100, true, "contact");
    public static final FieldRule LAST_NAME = new FieldRule("Last name", "last_name", 100, true, "contact");
    public static final FieldRule EMAIL = new FieldRule("Email", "email", 320, false, "contact");
    public static final FieldRule PHONE = new FieldRule("Phone", "phone", 50, false, "contact");
    public static final FieldRule JOB_TITLE = new FieldRule("Job title", "job_title", 150, false, "contact");
    public static final FieldRule CITY = new FieldRule("City", "city", 100, false, "contact");
    public static final FieldRule COUNTRY = new FieldRule("Country", "country", 100, false, "contact");

    private static final Map<String, FieldRule> BY_COLUMN = Map.of(FIRST_NAME.column(), FIRST_NAME,
            LAST_NAME.column(), LAST_NAME, EMAIL.column(), EMAIL, PHONE.column(), PHONE, JOB_TITLE.column(), JOB_TITLE,
            CITY.column(), CITY, COUNTRY.column(), COUNTRY);
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactRules() {
    }

    /** The longest value {@code column} holds, or null for a column without a limit. */
    public static Integer limit(String column) {
        FieldRule rule = BY_COLUMN.get(column);
        return rule == null ? null : rule.limit();
    }

    public static boolean isEmailAddress(String text) {
        return EMAIL_SHAPE.matcher(text).matches();
    }

    /** Every problem of {@code contact}, in the form's order; empty when it can be saved. */
    public static List<FieldProblem> check(ContactDetails contact) {
        List<FieldProblem> problems = new ArrayList<>();
        add(problems, FIRST_NAME.check(contact.firstName()));
        add(problems, LAST_NAME.check(contact.lastName()));
        FieldProblem email = EMAIL.check(contact.email());
        if (email == null && !contact.email().isBlank() && !isEmailAddress(contact.email().strip())) {
            email = new FieldProblem(EMAIL.column(), "Email \"" + contact.email().strip()
                    + "\" is not an email address");
        }
        add(problems, email);
        add(problems, PHONE.check(contact.phone()));
        add(problems, JOB_TITLE.check(contact.jobTitle()));
        add(problems, CITY.check(contact.city()));
        add(problems, COUNTRY.check(contact.country()));
        if (contact.businessUnitId() <= 0) {
            problems.add(new FieldProblem("business_unit", "Business unit is not chosen; every contact needs one"));
        }
        return problems;
    }

    static void add(List<FieldProblem> problems, FieldProblem problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
