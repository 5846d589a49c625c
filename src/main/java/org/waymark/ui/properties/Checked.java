package org.waymark.ui.properties;

import java.util.function.Function;

/**
 * What the user typed, checked: the value it stands for, or a sentence saying what is wrong with it. Invalid
 * input is shown next to its field and not applied, so the journey stays one that can be saved and read back.
 */
public record Checked<T>(T value, String problem) {

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(value, null);
    }

    public static <T> Checked<T> invalid(String problem) {
        return new Checked<>(null, problem);
    }

    public boolean isValid() {
        return problem == null;
    }

    public <R> Checked<R> map(Function<T, R> change) {
        return isValid() ? ok(change.apply(value)) : invalid(problem);
    }
}
