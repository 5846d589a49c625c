package org.waymark.model.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.waymark.model.activity.ActivityRelationship.AccountMatch;
import org.waymark.model.activity.ActivityRelationship.ContactMatch;

/**
 * Reads activity mapping files ({@code docs/decisions/0008-activity-mapping.md}): a format version and a list of
 * activity definitions. Every problem names its JSON path; column names are checked against the data sources when
 * the definitions are saved, not here.
 */
public final class ActivityMappingReader {

    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper();

    public List<ActivityDefinition> read(Path file) throws IOException, ActivityMappingException {
        return read(Files.readString(file));
    }

    public List<ActivityDefinition> read(String json) throws ActivityMappingException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ActivityMappingException("$", "is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ActivityMappingException("$", "must be an object");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
            throw new ActivityMappingException("$.formatVersion", "must be " + FORMAT_VERSION);
        }
        JsonNode list = root.get("activities");
        if (list == null || !list.isArray()) {
            throw new ActivityMappingException("$.activities", "must be a list");
        }
        List<ActivityDefinition> definitions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.activities[" + i + "]";
            ActivityDefinition definition = definition(path, list.get(i));
            if (!names.add(definition.name())) {
                throw new ActivityMappingException(path + ".name", "\"" + definition.name() + "\" is used twice");
            }
            definitions.add(definition);
        }
        return definitions;
    }

    /** Reads one definition object (as stored in the store). */
    public ActivityDefinition definition(String path, JsonNode node) throws ActivityMappingException {
        if (node == null || !node.isObject()) {
            throw new ActivityMappingException(path, "must be an object");
        }
        String name = required(path, node, "name");
        try {
            ActivityDefinition.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new ActivityMappingException(path + ".name", e.getMessage());
        }
        ActivityType type;
        try {
            type = new ActivityType(required(path, node, "type"));
        } catch (IllegalArgumentException e) {
            throw new ActivityMappingException(path + ".type", e.getMessage());
        }
        Map<String, String> fields = fields(path + ".fields", node.get("fields"), type);
        List<String> details = new ArrayList<>();
        JsonNode detailNode = node.get("details");
        if (detailNode != null && !detailNode.isNull()) {
            if (!detailNode.isArray()) {
                throw new ActivityMappingException(path + ".details", "must be a list of column names");
            }
            for (int i = 0; i < detailNode.size(); i++) {
                details.add(text(path + ".details[" + i + "]", detailNode.get(i)));
            }
        }
        JsonNode show = node.get("showInTimeline");
        if (show != null && !show.isBoolean()) {
            throw new ActivityMappingException(path + ".showInTimeline", "must be true or false");
        }
        return new ActivityDefinition(name, type, required(path, node, "source"), required(path, node, "key"),
                required(path, node, "timestamp"), required(path, node, "event"), optional(path, node, "webAddress"),
                details, optional(path, node, "icon"), show == null || show.booleanValue(), fields,
                relationship(path + ".relationship", node.get("relationship")));
    }

    private static Map<String, String> fields(String path, JsonNode node, ActivityType type)
            throws ActivityMappingException {
        Map<String, String> fields = new LinkedHashMap<>();
        if (node != null && !node.isNull()) {
            if (!node.isObject()) {
                throw new ActivityMappingException(path, "must map field names to column names");
            }
            for (var it = node.fields(); it.hasNext(); ) {
                var entry = it.next();
                String fieldPath = path + "." + entry.getKey();
                if (!type.isCustom() && !type.fields().isEmpty()
                        && type.fields().stream().noneMatch(f -> f.name().equals(entry.getKey()))) {
                    throw new ActivityMappingException(fieldPath, "is not a field of " + type + " (its fields: "
                            + type.fields().stream().map(ActivityType.Field::name).toList() + ")");
                }
                fields.put(entry.getKey(), text(fieldPath, entry.getValue()));
            }
        }
        for (ActivityType.Field field : type.fields()) {
            if (field.required() && !fields.containsKey(field.name())) {
                throw new ActivityMappingException(path + "." + field.name(), "is required for " + type);
            }
        }
        return fields;
    }

    private static ActivityRelationship relationship(String path, JsonNode node) throws ActivityMappingException {
        if (node == null || !node.isObject()) {
            throw new ActivityMappingException(path, "is required: {\"contact\": {...}} and/or {\"account\": {...}}");
        }
        JsonNode contact = node.get("contact");
        JsonNode account = node.get("account");
        if (contact == null && account == null) {
            throw new ActivityMappingException(path, "needs \"contact\", \"account\" or both");
        }
        return new ActivityRelationship(
                contact == null ? null : required(path + ".contact", contact, "column"),
                contact == null ? null : match(path + ".contact.match", contact.get("match"), ContactMatch.class),
                account == null ? null : required(path + ".account", account, "column"),
                account == null ? null : match(path + ".account.match", account.get("match"), AccountMatch.class));
    }

    private static <E extends Enum<E>> E match(String path, JsonNode node, Class<E> kind)
            throws ActivityMappingException {
        String text = node == null || !node.isTextual() ? "" : node.textValue();
        for (E value : kind.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E value : kind.getEnumConstants()) {
            allowed.add(value.name().toLowerCase(Locale.ROOT));
        }
        throw new ActivityMappingException(path, "must be one of " + allowed);
    }

    private static String required(String path, JsonNode node, String name) throws ActivityMappingException {
        String value = optional(path, node, name);
        if (value == null) {
            throw new ActivityMappingException(path + "." + name, "is required");
        }
        return value;
    }

    private static String optional(String path, JsonNode node, String name) throws ActivityMappingException {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : text(path + "." + name, value);
    }

    private static String text(String path, JsonNode value) throws ActivityMappingException {
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new ActivityMappingException(path, "must be a non-empty text");
        }
        return value.textValue().strip();
    }
}
