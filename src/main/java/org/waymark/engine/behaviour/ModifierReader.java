package org.waymark.engine.behaviour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code $.modifiers}: a list of {@code {"when": {...}, "multiply": {"open": 1.2, ...}}}.
 */
final class ModifierReader {

    static final List<String> CONDITIONS = List.of("city", "country", "jobTitleContains", "consentRankAtLeast");

    ContactModifiers read(JsonAt at) {
        List<JsonAt> elements = at.elements();
        if (elements.size() > ContactModifiers.MAX) {
            throw at.problem("at most " + ContactModifiers.MAX + " modifiers are allowed");
        }
        List<AttributeModifier> modifiers = new ArrayList<>();
        for (JsonAt element : elements) {
            modifiers.add(modifier(element));
        }
        return new ContactModifiers(modifiers);
    }

    private AttributeModifier modifier(JsonAt at) {
        at.object().onlyFields(List.of("when", "multiply", "description"));
        if (at.has("description")) {
            at.field("description").text();
        }
        JsonAt when = at.field("when").object().onlyFields(CONDITIONS);
        if (when.fieldNames().isEmpty()) {
            throw when.problem("needs at least one of: " + String.join(", ", CONDITIONS));
        }
        String city = optionalText(when.field("city"));
        String country = optionalText(when.field("country"));
        String jobTitle = optionalText(when.field("jobTitleContains"));
        int consent = -1;
        if (when.has("consentRankAtLeast")) {
            JsonAt rank = when.field("consentRankAtLeast");
            consent = rank.integer();
            if (consent < 0 || consent > 5) {
                throw rank.problem("must be a consent rank from 0 to 5");
            }
        }
        JsonAt multiply = at.field("multiply").object().onlyFields(RateKind.fileNames());
        if (multiply.fieldNames().isEmpty()) {
            throw multiply.problem("needs at least one of: " + String.join(", ", RateKind.fileNames()));
        }
        double[] multipliers = new double[RateKind.values().length];
        Arrays.fill(multipliers, 1);
        for (RateKind kind : RateKind.values()) {
            JsonAt factor = multiply.field(kind.fileName());
            if (!factor.isMissing()) {
                multipliers[kind.ordinal()] = factor.nonNegative();
            }
        }
        return new AttributeModifier(city, country, jobTitle, consent, multipliers);
    }

    private static String optionalText(JsonAt at) {
        return at.isMissing() ? null : at.nonBlankText();
    }
}
