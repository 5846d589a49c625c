package org.waymark.model.audience;

import java.util.List;

/** A contact or account that cannot be saved as it is; nothing was written. */
public final class InvalidAudienceException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidAudienceException(List<FieldProblem> problems) {
        super(String.join("; ", problems.stream().map(FieldProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
