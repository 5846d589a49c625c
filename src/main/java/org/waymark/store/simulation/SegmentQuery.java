package org.waymark.store.simulation;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.journey.ConsentLevel;

/**
 * A dynamic segment's stored query ({@code query_json}) turned into a jOOQ condition on {@code CONTACT}, every value
 * bound as a parameter. It understands exactly what the demo writes: {@code "match": "all" | "any"} over
 * conditions {@code {"field": "city" | "account.city", "operator": "equals", "value": text}},
 * {@code {"field": "consent", "operator": "atLeast", "value": consent level}}, {@code {"subscribedTo": list}} and
 * {@code {"behaviour": "emailOpened" | "emailClicked", "withinDays": n}} (interactions before the evaluation time,
 * simulated ones left out). Anything else is a {@link SegmentQueryException} naming the segment and condition.
 */
final class SegmentQuery {

    private static final String SUPPORTED = "supported: {\"field\": \"city\" | \"account.city\", \"operator\": \"equals\"}, "
            + "{\"field\": \"consent\", \"operator\": \"atLeast\"}, {\"subscribedTo\": list}, "
            + "{\"behaviour\": \"emailOpened\" | \"emailClicked\", \"withinDays\": n}";

    private final ObjectMapper json = new ObjectMapper();
    private final DSLContext dsl;
    private final LocalDateTime asOf;

    /** Queries read against {@code dsl}, behaviour conditions counted back from {@code asOf}. */
    SegmentQuery(DSLContext dsl, Instant asOf) {
        this.dsl = dsl;
        this.asOf = LocalDateTime.ofInstant(asOf, ZoneOffset.UTC);
    }

    /** The condition selecting the members of {@code segmentName}, whose stored query is {@code queryJson}. */
    Condition condition(String segmentName, String queryJson) {
        if (queryJson == null || queryJson.isBlank()) {
            throw fail(segmentName, "has no stored query");
        }
        JsonNode root;
        try {
            root = json.readTree(queryJson);
        } catch (JsonProcessingException e) {
            throw new SegmentQueryException("Dynamic segment \"" + segmentName + "\": its stored query is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        JsonNode conditions = root.path("conditions");
        if (!conditions.isArray() || conditions.isEmpty()) {
            throw fail(segmentName, "its stored query needs a non-empty \"conditions\" array");
        }
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            parts.add(one(segmentName, i + 1, conditions.get(i)));
        }
        String match = root.path("match").asText("");
        return switch (match) {
            case "all" -> DSL.and(parts);
            case "any" -> DSL.or(parts);
            default -> throw fail(segmentName, "\"match\" must be \"all\" or \"any\", not \"" + match + "\"");
        };
    }

    private Condition one(String segment, int number, JsonNode c) {
        if (c.has("subscribedTo")) {
            return subscribedTo(segment, number, c, text(segment, number, c, "subscribedTo"));
        }
        if (c.has("behaviour")) {
            return behaviour(segment, number, c);
        }
        String field = c.path("field").asText("");
        String operator = c.path("operator").asText("");
        switch (field) {
            case "city" -> {
                requireOperator(segment, number, c, field, operator, "equals");
                return CONTACT.CITY.eq(text(segment, number, c, "value"));
            }
            case "account.city" -> {
                requireOperator(segment, number, c, field, operator, "equals");
                return CONTACT.ACCOUNT_ID.in(DSL.select(ACCOUNT.ID).from(ACCOUNT)
                        .where(ACCOUNT.CITY.eq(text(segment, number, c, "value"))));
            }
            case "consent" -> {
                requireOperator(segment, number, c, field, operator, "atLeast");
                return consent(segment, number, c);
            }
            default -> throw unsupported(segment, number, c, "unsupported condition");
        }
    }

    private static void requireOperator(String segment, int number, JsonNode c, String field, String operator,
                                        String expected) {
        if (!operator.equals(expected)) {
            throw unsupported(segment, number, c, "unsupported operator \"" + operator + "\" for \"" + field + "\"");
        }
    }

    private Condition consent(String segment, int number, JsonNode c) {
        String level = text(segment, number, c, "value");
        try {
            int rank = ConsentLevel.valueOf(level.toUpperCase(Locale.ROOT).replace(' ', '_')).rank();
            return CONTACT.CONSENT_RANK.ge(rank);
        } catch (IllegalArgumentException e) {
            throw unsupported(segment, number, c, "unknown consent level \"" + level + "\"");
        }
    }

    private Condition subscribedTo(String segment, int number, JsonNode c, String list) {
        if (!dsl.fetchExists(SEGMENT, SEGMENT.NAME.eq(list).and(SEGMENT.KIND.eq("SUBSCRIPTION_LIST")))) {
            throw unsupported(segment, number, c, "there is no subscription list \"" + list + "\"");
        }
        return CONTACT.ID.in(DSL.select(SEGMENT_MEMBER.CONTACT_ID).from(SEGMENT_MEMBER)
                .join(SEGMENT).on(SEGMENT.ID.eq(SEGMENT_MEMBER.SEGMENT_ID))
                .where(SEGMENT.NAME.eq(list)).and(SEGMENT.KIND.eq("SUBSCRIPTION_LIST")));
    }

    private Condition behaviour(String segment, int number, JsonNode c) {
        String behaviour = c.path("behaviour").asText("");
        String subtype = switch (behaviour) {
            case "emailOpened" -> "opened";
            case "emailClicked" -> "clicked";
            default -> throw unsupported(segment, number, c, "unsupported behaviour \"" + behaviour + "\"");
        };
        JsonNode days = c.path("withinDays");
        if (!days.canConvertToInt() || !days.isIntegralNumber() || days.asInt() <= 0) {
            throw unsupported(segment, number, c, "\"withinDays\" must be a positive whole number");
        }
        LocalDateTime from = asOf.minus(Duration.ofDays(days.asInt()));
        return DSL.exists(DSL.selectOne().from(INTERACTION).where(INTERACTION.CONTACT_ID.eq(CONTACT.ID))
                .and(INTERACTION.OCCURRED_AT.ge(from)).and(INTERACTION.OCCURRED_AT.lt(asOf))
                .and(INTERACTION.TYPE.eq(InteractionType.EMAIL.name())).and(INTERACTION.SUBTYPE.eq(subtype))
                .and(INTERACTION.RUN_ID.isNull()));
    }

    private String text(String segment, int number, JsonNode c, String key) {
        JsonNode value = c.path(key);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw unsupported(segment, number, c, "\"" + key + "\" must be a non-empty text");
        }
        return value.asText();
    }

    private static SegmentQueryException unsupported(String segment, int number, JsonNode c, String why) {
        return fail(segment, "condition " + number + " " + c + ": " + why + " (" + SUPPORTED + ")");
    }

    private static SegmentQueryException fail(String segment, String why) {
        return new SegmentQueryException("Dynamic segment \"" + segment + "\": " + why);
    }
}
