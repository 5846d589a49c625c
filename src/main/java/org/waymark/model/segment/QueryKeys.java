package org.waymark.model.segment;

import java.util.Optional;
import java.util.function.Function;

/** Finds the constant of a query enum by the word a stored query uses for it. */
final class QueryKeys {

    private QueryKeys() {
    }

    static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> key, String wanted) {
        for (E value : values) {
            if (key.apply(value).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
