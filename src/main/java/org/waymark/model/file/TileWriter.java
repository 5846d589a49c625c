package org.waymark.model.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.ContentTile;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.FormSubmittedStartTile;
import org.waymark.model.tile.LaunchWorkflowTile;
import org.waymark.model.tile.PushNotificationTile;
import org.waymark.model.tile.RecordUpdatedStartTile;
import org.waymark.model.tile.ReleaseWindow;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentTile;
import org.waymark.model.tile.SmsTile;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;

/** Writes tiles as journey-file JSON, the inverse of {@link TileReader}. */
final class TileWriter {

    private final JsonNodeFactory json = JsonNodeFactory.instance;

    ArrayNode sequence(List<? extends Tile> tiles) {
        ArrayNode array = json.arrayNode();
        tiles.forEach(t -> array.add(tile(t)));
        return array;
    }

    ObjectNode tile(Tile tile) {
        ObjectNode out = json.objectNode();
        out.put("type", tile.type().fileName());
        out.put("id", tile.id());
        out.put("name", tile.name());
        if (tile instanceof SegmentGroupTile t) {
            out.put("combination", EnumNames.toFile(t.combination()));
            out.set("segments", sequence(t.segments()));
        } else if (tile instanceof SegmentTile t) {
            out.put("source", EnumNames.toFile(t.source()));
            out.put("segment", t.segment());
            out.put("membership", EnumNames.toFile(t.membership()));
        } else if (tile instanceof EmailTile t) {
            out.put("email", t.email());
            out.set("content", sequence(t.content()));
        } else if (tile instanceof ContentTile t) {
            out.put("asset", t.asset());
        } else if (tile instanceof SmsTile t) {
            out.put("message", t.message());
        } else if (tile instanceof PushNotificationTile t) {
            out.put("notification", t.notification());
        } else if (tile instanceof ActivityTile t) {
            out.put("kind", EnumNames.toFile(t.kind()));
            out.put("subject", t.subject());
            out.put("owner", t.owner());
            out.put("per", EnumNames.toFile(t.per()));
        } else if (tile instanceof LaunchWorkflowTile t) {
            out.put("workflow", t.workflow());
            out.put("per", EnumNames.toFile(t.per()));
        } else if (tile instanceof CreateLeadTile t) {
            out.put("topic", t.topic());
            out.put("per", EnumNames.toFile(t.per()));
        } else if (tile instanceof SchedulerTile t) {
            out.put("wait", WaitFormat.write(t.delay()));
            if (t.releaseWindow() != null) {
                out.set("releaseWindow", window(t.releaseWindow()));
            }
        } else if (tile instanceof TriggerTile t) {
            trigger(out, t);
        } else if (tile instanceof SplitterTile t) {
            out.put("mode", EnumNames.toFile(t.mode()));
            ArrayNode branches = out.putArray("branches");
            t.branches().forEach(b -> branches.add(branch(b)));
        } else if (tile instanceof FormSubmittedStartTile t) {
            out.put("form", t.form());
        } else if (tile instanceof RecordUpdatedStartTile t) {
            out.put("record", EnumNames.toFile(t.record()));
            out.put("field", t.field());
        }
        return out;
    }

    private void trigger(ObjectNode out, TriggerTile t) {
        out.put("join", EnumNames.toFile(t.join()));
        ArrayNode rules = out.putArray("rules");
        for (TriggerRule rule : t.rules()) {
            ObjectNode r = rules.addObject();
            r.put("source", rule.source());
            r.put("condition", EnumNames.toFile(rule.condition()));
            if (rule.link() != null && !rule.link().isEmpty()) {
                r.put("link", rule.link());
            }
        }
        out.put("timeout", WaitFormat.write(t.timeout()));
        ObjectNode branches = out.putObject("branches");
        branches.set(TriggerTile.TRUE_KEY, sequence(t.whenTrue()));
        branches.set(TriggerTile.FALSE_KEY, sequence(t.whenFalse()));
    }

    private ObjectNode window(ReleaseWindow window) {
        ObjectNode out = json.objectNode();
        ArrayNode days = out.putArray("days");
        window.orderedDays().forEach(d -> days.add(EnumNames.toFile(d)));
        out.put("from", window.from().toString());
        out.put("to", window.to().toString());
        return out;
    }

    private ObjectNode branch(SplitterBranch branch) {
        ObjectNode out = json.objectNode();
        out.put("id", branch.id());
        out.put("name", branch.name());
        if (branch.percent() != null) {
            out.put("percent", branch.percent());
        }
        if (branch.rule() != null) {
            ObjectNode rule = out.putObject("rule");
            rule.put("field", branch.rule().field());
            rule.put("operator", EnumNames.toFile(branch.rule().operator()));
            rule.put("value", branch.rule().value());
        }
        out.set("tiles", sequence(branch.tiles()));
        return out;
    }
}
