package org.waymark.model.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.waymark.model.journey.ConsentLevel;

/**
 * A dynamic segment's query as stored ({@code segment.query_json}) and exported. A group is
 * {@code {"match": "all"|"any"|"none", "conditions": [...]}}; a condition is one of
 * {@code {"field": "city", "operator": "equals", "value": "Boston"}} (operators: {@link FieldOperator} keys),
 * {@code {"field": "consent", "operator": "atLeast"|"atMost"|"equals", "value": "marketing"}},
 * {@code {"subscribedTo": "Newsletter"}} or {@code {"notSubscribedTo": "Newsletter"}},
 * {@code {"behaviour": "emailOpened", "asset": "Welcome", "withinDays": 30, "happened": true}}, or a nested group.
 * Reading names the JSON path of the first thing it cannot understand.
 */
public final class SegmentQueryFormat {

    private final ObjectMapper json = new ObjectMapper();

    public String write(RuleGroup query) {
        return group(query).toString();
    }

    private ObjectNode group(RuleGroup group) {
        ObjectNode node = json.createObjectNode().put("match", group.match().key());
        ArrayNode conditions = node.putArray("conditions");
        for (SegmentRule rule : group.rules()) {
            conditions.add(rule(rule));
        }
        return node;
    }

    private ObjectNode rule(SegmentRule rule) {
        if (rule instanceof RuleGroup nested) {
            return group(nested);
        }
        ObjectNode node = json.createObjectNode();
        if (rule instanceof FieldRule field) {
            node.put("field", field.field().key()).put("operator", field.operator().key());
            if (field.value() != null) {
                node.put("value", field.value());
            }
        } else if (rule instanceof ConsentRule consent) {
            node.put("field", "consent").put("operator", consent.comparison().key())
                    .put("value", consent.level().name().toLowerCase(java.util.Locale.ROOT));
        } else if (rule instanceof SubscriptionRule subscription) {
            node.put(subscription.subscribed() ? "subscribedTo" : "notSubscribedTo", subscription.listName());
        } else if (rule instanceof BehaviourRule behaviour) {
            node.put("behaviour", behaviour.behaviour().key());
            if (behaviour.assetName() != null) {
                node.put("asset", behaviour.assetName());
            }
            node.put("withinDays", behaviour.withinDays());
            if (!behaviour.happened()) {
                node.put("happened", false);
            }
        }
        return node;
    }

    /** Reads a stored query; throws {@link SegmentQueryFormatException} naming the JSON path of the problem. */
    public RuleGroup read(String text) {
        if (text == null || text.isBlank()) {
            throw new SegmentQueryFormatException("$: the query is empty");
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SegmentQueryFormatException("$: not valid JSON: " + e.getOriginalMessage());
        }
        return readGroup(root, "$");
    }

    private RuleGroup readGroup(JsonNode node, String path) {
        String match = node.path("match").asText("");
        GroupMatch groupMatch = GroupMatch.ofKey(match).orElseThrow(() -> fail(path + ".match",
                "must be \"all\", \"any\" or \"none\", not \"" + match + "\""));
        JsonNode conditions = node.path("conditions");
        if (!conditions.isArray()) {
            throw fail(path + ".conditions", "must be a list of conditions");
        }
        List<SegmentRule> rules = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            rules.add(readRule(conditions.get(i), path + ".conditions[" + i + "]"));
        }
        return new RuleGroup(groupMatch, rules);
    }

    private SegmentRule readRule(JsonNode node, String path) {
        if (!node.isObject()) {
            throw fail(path, "must be an object");
        }
        if (node.has("match")) {
            return readGroup(node, path);
        }
        if (node.has("subscribedTo") || node.has("notSubscribedTo")) {
            boolean subscribed = node.has("subscribedTo");
            return new SubscriptionRule(text(node, subscribed ? "subscribedTo" : "notSubscribedTo", path), subscribed);
        }
        if (node.has("behaviour")) {
            return readBehaviour(node, path);
        }
        String key = node.path("field").asText("");
        String operator = node.path("operator").asText("");
        if (key.equals("consent")) {
            ConsentComparison comparison = ConsentComparison.ofKey(operator).orElseThrow(() -> fail(path + ".operator",
                    "consent takes \"atLeast\", \"atMost\" or \"equals\", not \"" + operator + "\""));
            String level = text(node, "value", path);
            try {
                return new ConsentRule(comparison,
                        ConsentLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                throw fail(path + ".value", "unknown consent level \"" + level + "\"");
            }
        }
        ContactField field = ContactField.ofKey(key).orElseThrow(() -> fail(path + ".field",
                "unknown field \"" + key + "\""));
        FieldOperator fieldOperator = FieldOperator.ofKey(operator).orElseThrow(() -> fail(path + ".operator",
                "unknown operator \"" + operator + "\""));
        return new FieldRule(field, fieldOperator, fieldOperator.needsValue() ? text(node, "value", path) : null);
    }

    private SegmentRule readBehaviour(JsonNode node, String path) {
        String key = node.path("behaviour").asText("");
        Behaviour behaviour = Behaviour.ofKey(key).orElseThrow(() -> fail(path + ".behaviour",
                "unknown behaviour \"" + key + "\""));
        JsonNode days = node.path("withinDays");
        if (!days.isIntegralNumber() || days.asLong() < 1 || days.asLong() > BehaviourRule.MAX_DAYS) {
            throw fail(path + ".withinDays", "must be a whole number of days from 1 to " + BehaviourRule.MAX_DAYS);
        }
        String asset = node.has("asset") ? text(node, "asset", path) : null;
        JsonNode happened = node.path("happened");
        if (!happened.isMissingNode() && !happened.isBoolean()) {
            throw fail(path + ".happened", "must be true or false");
        }
        return new BehaviourRule(behaviour, asset, days.asInt(), happened.asBoolean(true));
    }

    private static String text(JsonNode node, String key, String path) {
        JsonNode value = node.path(key);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw fail(path + "." + key, "must be a non-empty text");
        }
        return value.asText();
    }

    private static SegmentQueryFormatException fail(String path, String why) {
        return new SegmentQueryFormatException(path + ": " + why);
    }
}
