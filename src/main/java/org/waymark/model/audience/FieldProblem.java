package org.waymark.model.audience;

/** A field's value that cannot be saved: the field's column ("email") and a sentence naming the field. */
public record FieldProblem(String field, String message) {
}
