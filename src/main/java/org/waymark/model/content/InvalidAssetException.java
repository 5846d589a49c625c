package org.waymark.model.content;

import java.util.List;

/** An asset that cannot be saved or published as it is; the problems name their fields. */
public final class InvalidAssetException extends RuntimeException {

    private final transient List<AssetProblem> problems;

    public InvalidAssetException(List<AssetProblem> problems) {
        super(String.join("; ", problems.stream().map(AssetProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public InvalidAssetException(String field, String message) {
        this(List.of(new AssetProblem(field, message)));
    }

    public List<AssetProblem> problems() {
        return problems;
    }
}
