package org.waymark.model.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A form's fields as stored: a JSON array of {@code {"name", "label", "type", "required"}} objects. Older rows hold
 * only field names (["email", "firstName"]); each becomes an optional text field labelled with its name (an
 * "email" field is of the email type).
 */
public final class FormFieldsJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public String write(List<FormField> fields) {
        ArrayNode array = mapper.createArrayNode();
        for (FormField field : fields) {
            ObjectNode node = array.addObject();
            node.put("name", field.name());
            node.put("label", field.label());
            node.put("type", field.type().name());
            node.put("required", field.required());
        }
        return array.toString();
    }

    /** The fields of {@code json}; an empty or unreadable text gives no fields. */
    public List<FormField> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of();
        }
        List<FormField> fields = new ArrayList<>();
        for (JsonNode node : root) {
            if (node.isTextual()) {
                String name = node.asText();
                fields.add(new FormField(name, name, name.equalsIgnoreCase("email") ? FieldType.EMAIL : FieldType.TEXT,
                        false));
            } else if (node.isObject()) {
                fields.add(new FormField(node.path("name").asText(""), node.path("label").asText(""),
                        type(node.path("type").asText("")), node.path("required").asBoolean(false)));
            }
        }
        return fields;
    }

    private static FieldType type(String name) {
        try {
            return FieldType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return FieldType.TEXT;
        }
    }
}
