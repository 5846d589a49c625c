package org.waymark.engine.behaviour;

import java.util.List;

/**
 * Reads delays ({@code {"distribution":"lognormal","medianHours":3,"sigma":1.2}}) and steps
 * ({@code {"rate":0.2,"delay":{...}}}). With a fallback (an asset override) every field is optional and
 * falls back; without one, a step that can happen needs its delay.
 */
final class StepReader {

    private static final List<String> DISTRIBUTIONS = List.of("fixed", "exponential", "lognormal", "uniform");

    Delay delay(JsonAt at) {
        at.object();
        JsonAt kind = at.field("distribution");
        String name = kind.text();
        switch (name) {
            case "fixed" -> {
                at.onlyFields(List.of("distribution", "hours"));
                return Delay.fixed(at.field("hours").nonNegative());
            }
            case "exponential" -> {
                at.onlyFields(List.of("distribution", "meanHours"));
                return Delay.exponential(at.field("meanHours").positive());
            }
            case "lognormal" -> {
                at.onlyFields(List.of("distribution", "medianHours", "sigma"));
                return Delay.lognormal(at.field("medianHours").positive(), at.field("sigma").nonNegative());
            }
            case "uniform" -> {
                at.onlyFields(List.of("distribution", "minHours", "maxHours"));
                double min = at.field("minHours").nonNegative();
                double max = at.field("maxHours").nonNegative();
                if (max < min) {
                    throw at.field("maxHours").problem("must not be less than minHours");
                }
                return Delay.uniform(min, max);
            }
            default -> throw kind.problem("\"" + name + "\" is not a known distribution (known: "
                    + String.join(", ", DISTRIBUTIONS) + ")");
        }
    }

    /**
     * The step at {@code at}; {@code fallback} (null for none) when it is missing, or for each missing field.
     * An override of a step its base does not have ({@link Step#NEVER}) needs a delay to add the step;
     * without one the step stays absent, so one asset override can serve every channel. Only {@code rate}
     * and {@code delay} are read here; the caller checks for other fields.
     */
    Step step(JsonAt at, Step fallback) {
        if (at.isMissing()) {
            return fallback == null ? Step.NEVER : fallback;
        }
        at.object();
        JsonAt rateAt = at.field("rate");
        JsonAt delayAt = at.field("delay");
        double rate = rateAt.isMissing() && fallback != null ? fallback.rate() : rateAt.rate();
        if (!delayAt.isMissing()) {
            return new Step(rate, delay(delayAt));
        }
        if (fallback == Step.NEVER || rate == 0) {
            // an override without a delay cannot add a step its channel does not have: the step stays absent
            return Step.NEVER;
        }
        if (fallback != null) {
            return new Step(rate, fallback.delay());
        }
        throw delayAt.problem("is required when the rate is above 0");
    }

    /** A step with nothing but {@code rate} and {@code delay}. */
    Step plainStep(JsonAt at, Step fallback) {
        if (!at.isMissing()) {
            at.object().onlyFields(List.of("rate", "delay"));
        }
        return step(at, fallback);
    }
}
