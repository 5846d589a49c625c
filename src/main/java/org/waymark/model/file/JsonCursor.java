package org.waymark.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A JSON node together with its path in the document, so that every value read from a journey file can be
 * refused with the exact place of the problem.
 */
final class JsonCursor {

    /** Reads one element of an array; may throw with the element's path. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonCursor element) throws JourneyFileException;
    }

    private final JsonNode node;
    private final String path;

    JsonCursor(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    JourneyFileException problem(String message) {
        return new JourneyFileException(path, message);
    }

    JsonCursor field(String name) {
        return new JsonCursor(node == null ? null : node.get(name), path + "." + name);
    }

    boolean isMissing() {
        return node == null || node.isNull();
    }

    JsonCursor object() throws JourneyFileException {
        if (isMissing()) {
            throw problem("is required");
        }
        if (!node.isObject()) {
            throw problem("must be an object");
        }
        return this;
    }

    String text() throws JourneyFileException {
        if (isMissing()) {
            throw problem("is required");
        }
        if (!node.isTextual()) {
            throw problem("must be a string");
        }
        return node.textValue();
    }

    String nonBlankText() throws JourneyFileException {
        String value = text();
        if (value.isBlank()) {
            throw problem("must not be empty");
        }
        return value;
    }

    /** An optional string: empty when missing. */
    String optionalText() throws JourneyFileException {
        return isMissing() ? "" : text();
    }

    /** An optional string: null when missing. */
    String nullableText() throws JourneyFileException {
        return isMissing() ? null : text();
    }

    int integer() throws JourneyFileException {
        if (isMissing()) {
            throw problem("is required");
        }
        if (!node.isInt()) {
            throw problem("must be a whole number");
        }
        return node.intValue();
    }

    int positiveInteger() throws JourneyFileException {
        int value = integer();
        if (value <= 0) {
            throw problem("must be a positive whole number");
        }
        return value;
    }

    Integer nullableInteger() throws JourneyFileException {
        return isMissing() ? null : integer();
    }

    <E extends Enum<E>> E enumValue(Class<E> type) throws JourneyFileException {
        String value = text();
        return EnumNames.fromFile(type, value).orElseThrow(
                () -> problem("\"" + value + "\" is not one of: " + EnumNames.allowed(type)));
    }

    <E extends Enum<E>> E enumValue(Class<E> type, E fallback) throws JourneyFileException {
        return isMissing() ? fallback : enumValue(type);
    }

    Duration positiveDuration() throws JourneyFileException {
        String value = text();
        Duration duration = parse(value, Duration::parse, "must be a positive duration such as P7D or PT12H");
        if (duration.isNegative() || duration.isZero()) {
            throw problem("must be a positive duration");
        }
        return duration;
    }

    LocalDateTime localDateTime() throws JourneyFileException {
        return parse(text(), LocalDateTime::parse, "must be a date and time such as 2026-03-01T09:00");
    }

    LocalTime localTime() throws JourneyFileException {
        return parse(text(), LocalTime::parse, "must be a time of day such as 09:30");
    }

    Instant instant() throws JourneyFileException {
        return parse(text(), Instant::parse, "must be a UTC timestamp such as 2026-03-01T09:00:00Z");
    }

    ZoneId zone() throws JourneyFileException {
        String value = text();
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw problem("\"" + value + "\" is not a time zone such as Europe/Paris or UTC");
        }
    }

    <T> List<T> list(ElementReader<T> reader) throws JourneyFileException {
        if (isMissing()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw problem("must be an array");
        }
        List<T> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(reader.read(new JsonCursor(node.get(i), path + "[" + i + "]")));
        }
        return out;
    }

    private <T> T parse(String value, Function<String, T> parser, String expectation) throws JourneyFileException {
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw problem(expectation);
        }
    }
}
