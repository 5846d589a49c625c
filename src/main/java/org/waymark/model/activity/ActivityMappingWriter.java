package org.waymark.model.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Writes activity definitions in the mapping format {@link ActivityMappingReader} reads. */
public final class ActivityMappingWriter {

    private final ObjectMapper mapper = new ObjectMapper();

    /** A whole mapping file. */
    public String write(List<ActivityDefinition> definitions) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", ActivityMappingReader.FORMAT_VERSION);
        ArrayNode list = root.putArray("activities");
        definitions.forEach(d -> list.add(node(d)));
        return json(root);
    }

    /** One definition object. */
    public String write(ActivityDefinition definition) {
        return json(node(definition));
    }

    private ObjectNode node(ActivityDefinition d) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", d.name());
        node.put("type", d.type().name());
        node.put("source", d.source());
        node.put("key", d.key());
        node.put("timestamp", d.timestamp());
        node.put("event", d.event());
        if (d.webAddress() != null) {
            node.put("webAddress", d.webAddress());
        }
        if (!d.details().isEmpty()) {
            ArrayNode details = node.putArray("details");
            d.details().forEach(details::add);
        }
        if (d.icon() != null) {
            node.put("icon", d.icon());
        }
        node.put("showInTimeline", d.showInTimeline());
        if (!d.fields().isEmpty()) {
            ObjectNode fields = node.putObject("fields");
            d.fields().forEach(fields::put);
        }
        ObjectNode relationship = node.putObject("relationship");
        ActivityRelationship r = d.relationship();
        if (r.contactColumn() != null) {
            relationship.putObject("contact").put("column", r.contactColumn())
                    .put("match", r.contactMatch().name().toLowerCase(Locale.ROOT));
        }
        if (r.accountColumn() != null) {
            relationship.putObject("account").put("column", r.accountColumn())
                    .put("match", r.accountMatch().name().toLowerCase(Locale.ROOT));
        }
        return node;
    }

    private String json(Object node) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
