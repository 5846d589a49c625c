package org.waymark.store.segment;

import static org.waymark.store.schema.Tables.JOURNEY;
import static org.waymark.store.schema.Tables.SEGMENT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentQueryFormat;
import org.waymark.model.segment.SegmentRule;
import org.waymark.model.segment.SubscriptionRule;

/**
 * Who refers to a segment by its name: journeys (a segment tile's {@code "segment"} or the settings'
 * {@code "suppressionSegment"} in the stored definition) and dynamic segments whose query tests the subscription list.
 */
final class SegmentUsage {

    private final ObjectMapper json = new ObjectMapper();
    private final SegmentQueryFormat format = new SegmentQueryFormat();

    /** Names of the journeys and dynamic segments that refer to {@code name}, journeys first, each in id order. */
    List<String> usersOf(DSLContext ctx, String name) {
        List<String> users = new ArrayList<>();
        for (var journey : ctx.select(JOURNEY.NAME, JOURNEY.DEFINITION).from(JOURNEY).orderBy(JOURNEY.ID).fetch()) {
            if (mentions(journey.value2(), name)) {
                users.add("journey \"" + journey.value1() + "\"");
            }
        }
        for (var segment : ctx.select(SEGMENT.NAME, SEGMENT.QUERY_JSON).from(SEGMENT)
                .where(SEGMENT.KIND.eq(SegmentKind.DYNAMIC.name())).orderBy(SEGMENT.ID).fetch()) {
            if (segment.value2() != null && testsList(segment.value2(), name)) {
                users.add("segment \"" + segment.value1() + "\"");
            }
        }
        return users;
    }

    private boolean mentions(String definition, String name) {
        try {
            return mentions(json.readTree(definition), name);
        } catch (JsonProcessingException e) {
            return definition.contains(name);
        }
    }

    private static boolean mentions(JsonNode node, String name) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                boolean refers = field.getKey().equals("segment") || field.getKey().equals("suppressionSegment");
                if (refers && field.getValue().isTextual() && field.getValue().asText().equals(name)
                        || mentions(field.getValue(), name)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (mentions(item, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean testsList(String queryJson, String name) {
        try {
            return testsList(format.read(queryJson), name);
        } catch (IllegalArgumentException e) {
            return queryJson.contains(name);
        }
    }

    private static boolean testsList(SegmentRule rule, String name) {
        if (rule instanceof RuleGroup group) {
            return group.rules().stream().anyMatch(r -> testsList(r, name));
        }
        return rule instanceof SubscriptionRule subscription && subscription.listName().equals(name);
    }
}
