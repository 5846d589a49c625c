package org.waymark.model.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.Milestone;

/** Writes the {@code settings} object of a journey file, the inverse of {@link SettingsReader}. */
final class SettingsWriter {

    ObjectNode write(JourneySettings s) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("name", s.name());
        out.put("description", s.description());
        out.put("owner", s.owner());
        out.put("businessUnit", s.businessUnit());
        out.put("target", EnumNames.toFile(s.target()));
        out.put("minimumConsent", EnumNames.toFile(s.minimumConsent()));
        out.put("scope", EnumNames.toFile(s.scope()));
        out.put("start", s.schedule().start().toString());
        out.put("end", s.schedule().end().toString());
        out.put("timeZone", s.schedule().zone().getId());
        out.put("contentSettings", s.contentSettings());
        s.recurring().ifPresent(r -> {
            ObjectNode rec = out.putObject("recurrence");
            rec.put("intervalDays", r.intervalDays());
            rec.put("count", r.count());
        });
        if (s.suppressionSegment() != null) {
            out.put("suppressionSegment", s.suppressionSegment());
        }
        out.put("status", EnumNames.toFile(s.status()));
        ArrayNode milestones = out.putArray("milestones");
        for (Milestone m : s.milestones()) {
            ObjectNode node = milestones.addObject();
            node.put("at", m.at().toString());
            node.put("kind", EnumNames.toFile(m.kind()));
            node.put("detail", m.detail());
        }
        return out;
    }
}
