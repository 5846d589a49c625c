package org.waymark.model.file;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Enum constants as journey files spell them: {@code PHONE_CALL} is {@code phoneCall}. */
final class EnumNames {

    private EnumNames() {
    }

    static String toFile(Enum<?> value) {
        String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }

    static <E extends Enum<E>> Optional<E> fromFile(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (toFile(constant).equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::toFile)
                .collect(Collectors.joining(", "));
    }
}
