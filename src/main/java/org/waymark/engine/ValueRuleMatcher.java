package org.waymark.engine;

import java.util.Locale;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.tile.ValueRule;

/**
 * Tests a value splitter's rule on a contact. Fields: city, country, jobTitle, account (its id), businessUnit
 * (its id), consent (rank), contact (its id). Text compares without regard to case; greater and less than
 * compare numbers when both sides are numbers, text otherwise. A field the population does not hold (email,
 * names, anything else) never matches.
 */
final class ValueRuleMatcher {

    private final ValueRule rule;
    private final String expected;
    private final Double expectedNumber;

    ValueRuleMatcher(ValueRule rule) {
        this.rule = rule;
        this.expected = rule == null || rule.value() == null ? "" : rule.value().trim().toLowerCase(Locale.ROOT);
        this.expectedNumber = number(expected);
    }

    boolean matches(Population population, int index) {
        if (rule == null || rule.operator() == null) {
            return false;
        }
        String actual = field(population, index);
        if (actual == null) {
            return false;
        }
        String value = actual.trim().toLowerCase(Locale.ROOT);
        return switch (rule.operator()) {
            case EQUALS -> value.equals(expected);
            case NOT_EQUALS -> !value.equals(expected);
            case CONTAINS -> value.contains(expected);
            case GREATER_THAN -> compare(value) > 0;
            case LESS_THAN -> compare(value) < 0;
        };
    }

    private int compare(String value) {
        Double actualNumber = number(value);
        if (actualNumber != null && expectedNumber != null) {
            return Double.compare(actualNumber, expectedNumber);
        }
        return value.compareTo(expected);
    }

    private String field(Population population, int index) {
        String name = rule.field() == null ? "" : rule.field().trim();
        return switch (name) {
            case "city" -> population.city(index);
            case "country" -> population.country(index);
            case "jobTitle" -> population.jobTitle(index);
            case "account" -> id(population.accountId(index));
            case "businessUnit" -> id(population.businessUnitId(index));
            case "consent" -> Integer.toString(population.consentRank(index));
            case "contact" -> Long.toString(population.contactId(index));
            default -> null;
        };
    }

    private static String id(long id) {
        return id == InteractionBatch.NONE ? null : Long.toString(id);
    }

    private static Double number(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
