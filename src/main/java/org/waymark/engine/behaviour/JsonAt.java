package org.waymark.engine.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A node of a behaviour file with its JSON path, so every value can be refused with the file and the exact
 * place of the problem ({@code $.channels.email.open.rate}, {@code $.assets["White paper offer"].click}).
 */
final class JsonAt {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String source;
    private final JsonNode node;
    private final String path;

    JsonAt(String source, JsonNode node, String path) {
        this.source = source;
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    BehaviourModelException problem(String message) {
        return new BehaviourModelException(source, path, message);
    }

    JsonAt field(String name) {
        String step = PLAIN_NAME.matcher(name).matches() ? "." + name
                : "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        return new JsonAt(source, node == null ? null : node.get(name), path + step);
    }

    boolean isMissing() {
        return node == null || node.isNull() || node.isMissingNode();
    }

    boolean has(String name) {
        return !field(name).isMissing();
    }

    JsonAt object() {
        if (isMissing()) {
            throw problem("is required");
        }
        if (!node.isObject()) {
            throw problem("must be an object");
        }
        return this;
    }

    /** Refuses fields other than {@code allowed}, which catches misspelt names instead of ignoring them. */
    JsonAt onlyFields(Collection<String> allowed) {
        for (String name : fieldNames()) {
            if (!allowed.contains(name)) {
                throw field(name).problem("is not a known field here (known: " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        if (node != null && node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
        return names;
    }

    String text() {
        if (isMissing()) {
            throw problem("is required");
        }
        if (!node.isTextual()) {
            throw problem("must be a string");
        }
        return node.textValue();
    }

    String nonBlankText() {
        String value = text();
        if (value.isBlank()) {
            throw problem("must not be empty");
        }
        return value;
    }

    double number() {
        if (isMissing()) {
            throw problem("is required");
        }
        if (!node.isNumber()) {
            throw problem("must be a number");
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw problem("must be a finite number");
        }
        return value;
    }

    double rate() {
        double value = number();
        if (value < 0 || value > 1) {
            throw problem("must be between 0 and 1");
        }
        return value;
    }

    double nonNegative() {
        double value = number();
        if (value < 0) {
            throw problem("must not be negative");
        }
        return value;
    }

    double positive() {
        double value = number();
        if (value <= 0) {
            throw problem("must be greater than 0");
        }
        return value;
    }

    int integer() {
        if (isMissing()) {
            throw problem("is required");
        }
        if (!node.isInt()) {
            throw problem("must be a whole number");
        }
        return node.intValue();
    }

    List<JsonAt> elements() {
        if (isMissing()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw problem("must be an array");
        }
        List<JsonAt> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonAt(source, node.get(i), path + "[" + i + "]"));
        }
        return out;
    }
}
