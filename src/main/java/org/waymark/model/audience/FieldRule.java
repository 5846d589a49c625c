package org.waymark.model.audience;

/**
 * What one text field of a contact or account may hold: its label in messages, its column, the longest value its
 * column stores, and whether it may be empty. {@code owner} ("contact", "account") words the "needs one" message.
 */
public record FieldRule(String label, String column, int limit, boolean required, String owner) {

    /** The problem with {@code value} (compared stripped), or null when it is fine. */
    public FieldProblem check(String value) {
        String kept = value == null ? "" : value.strip();
        if (kept.isEmpty()) {
            return required ? new FieldProblem(column, label + " is empty; every " + owner + " needs one") : null;
        }
        if (kept.length() > limit) {
            return new FieldProblem(column, label + " is " + kept.length() + " characters long; at most " + limit
                    + " fit");
        }
        return null;
    }
}
