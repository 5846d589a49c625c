package org.waymark.model.file;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.ActivityKind;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.ContentTile;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.EventTile;
import org.waymark.model.tile.FormSubmittedStartTile;
import org.waymark.model.tile.LaunchWorkflowTile;
import org.waymark.model.tile.MarketingFormTile;
import org.waymark.model.tile.MarketingPageTile;
import org.waymark.model.tile.Membership;
import org.waymark.model.tile.PushNotificationTile;
import org.waymark.model.tile.RecordKind;
import org.waymark.model.tile.RecordUpdatedStartTile;
import org.waymark.model.tile.ReleaseWindow;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.SegmentCombination;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentSource;
import org.waymark.model.tile.SegmentTile;
import org.waymark.model.tile.SmsTile;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;
import org.waymark.model.tile.ValueOperator;
import org.waymark.model.tile.ValueRule;
import org.waymark.model.tile.Wait;

/** Reads the tiles of a journey file, refusing any bad value with its JSON path. */
final class TileReader {

    List<Tile> sequence(JsonCursor array) throws JourneyFileException {
        return array.list(this::tile);
    }

    Tile tile(JsonCursor at) throws JourneyFileException {
        at.object();
        TileType type = type(at.field("type"));
        String id = at.field("id").nonBlankText();
        String name = at.field("name").optionalText();
        return switch (type) {
            case SEGMENT_GROUP -> new SegmentGroupTile(id, name,
                    at.field("combination").enumValue(SegmentCombination.class, SegmentCombination.UNION),
                    at.field("segments").list(this::segment));
            case SEGMENT -> throw at.field("type").problem("a segment tile must be inside a segment group");
            case EMAIL -> new EmailTile(id, name, at.field("email").optionalText(),
                    at.field("content").list(this::content));
            case MARKETING_PAGE, MARKETING_FORM, EVENT -> content(at);
            case SMS -> new SmsTile(id, name, at.field("message").optionalText());
            case PUSH_NOTIFICATION -> new PushNotificationTile(id, name, at.field("notification").optionalText());
            case ACTIVITY -> new ActivityTile(id, name,
                    at.field("kind").enumValue(ActivityKind.class, ActivityKind.TASK),
                    at.field("subject").optionalText(), at.field("owner").optionalText(), per(at));
            case LAUNCH_WORKFLOW -> new LaunchWorkflowTile(id, name, at.field("workflow").optionalText(), per(at));
            case CREATE_LEAD -> new CreateLeadTile(id, name, at.field("topic").optionalText(), per(at));
            case SCHEDULER -> new SchedulerTile(id, name, WaitFormat.read(at.field("wait")),
                    releaseWindow(at.field("releaseWindow")));
            case TRIGGER -> trigger(at, id, name);
            case SPLITTER -> splitter(at, id, name);
            case FORM_SUBMITTED -> new FormSubmittedStartTile(id, name, at.field("form").optionalText());
            case RECORD_UPDATED -> new RecordUpdatedStartTile(id, name,
                    at.field("record").enumValue(RecordKind.class, RecordKind.CONTACT),
                    at.field("field").optionalText());
        };
    }

    private TileType type(JsonCursor at) throws JourneyFileException {
        String value = at.text();
        return TileType.fromFileName(value).orElseThrow(() -> at.problem("\"" + value + "\" is not a tile type"));
    }

    private ActionTarget per(JsonCursor at) throws JourneyFileException {
        return at.field("per").enumValue(ActionTarget.class, ActionTarget.CONTACT);
    }

    private SegmentTile segment(JsonCursor at) throws JourneyFileException {
        at.object();
        TileType type = type(at.field("type"));
        if (type != TileType.SEGMENT) {
            throw at.field("type").problem("only segment tiles may be inside a segment group");
        }
        return new SegmentTile(at.field("id").nonBlankText(), at.field("name").optionalText(),
                at.field("source").enumValue(SegmentSource.class, SegmentSource.SEGMENT),
                at.field("segment").optionalText(),
                at.field("membership").enumValue(Membership.class, Membership.INCLUDE));
    }

    private ContentTile content(JsonCursor at) throws JourneyFileException {
        at.object();
        TileType type = type(at.field("type"));
        String id = at.field("id").nonBlankText();
        String name = at.field("name").optionalText();
        String asset = at.field("asset").optionalText();
        return switch (type) {
            case MARKETING_PAGE -> new MarketingPageTile(id, name, asset);
            case MARKETING_FORM -> new MarketingFormTile(id, name, asset);
            case EVENT -> new EventTile(id, name, asset);
            default -> throw at.field("type").problem("only page, form and event tiles may be inside an email");
        };
    }

    private ReleaseWindow releaseWindow(JsonCursor at) throws JourneyFileException {
        if (at.isMissing()) {
            return null;
        }
        at.object();
        List<DayOfWeek> days = at.field("days").list(day -> day.enumValue(DayOfWeek.class));
        if (days.isEmpty()) {
            throw at.field("days").problem("must name at least one weekday");
        }
        Set<DayOfWeek> daySet = EnumSet.copyOf(days);
        var from = at.field("from").localTime();
        var to = at.field("to").localTime();
        if (!to.isAfter(from)) {
            throw at.field("to").problem("must be later than \"from\"");
        }
        return new ReleaseWindow(daySet, from, to);
    }

    private TriggerTile trigger(JsonCursor at, String id, String name) throws JourneyFileException {
        JsonCursor branches = at.field("branches");
        if (!branches.isMissing()) {
            branches.object();
        }
        Wait timeout = WaitFormat.read(at.field("timeout"));
        return new TriggerTile(id, name, at.field("join").enumValue(RuleJoin.class, RuleJoin.AND),
                at.field("rules").list(this::rule), timeout,
                sequence(branches.field(TriggerTile.TRUE_KEY)), sequence(branches.field(TriggerTile.FALSE_KEY)));
    }

    private TriggerRule rule(JsonCursor at) throws JourneyFileException {
        at.object();
        TriggerCondition condition = at.field("condition").enumValue(TriggerCondition.class);
        String link = at.field("link").optionalText();
        if (condition == TriggerCondition.CLICKED_LINK && link.isBlank()) {
            throw at.field("link").problem("is required when the condition is clickedLink");
        }
        return new TriggerRule(at.field("source").nonBlankText(), condition, link);
    }

    private SplitterTile splitter(JsonCursor at, String id, String name) throws JourneyFileException {
        SplitMode mode = at.field("mode").enumValue(SplitMode.class, SplitMode.PERCENTAGE);
        List<SplitterBranch> branches = at.field("branches").list(b -> branch(b, mode));
        if (branches.size() < 2) {
            throw at.field("branches").problem("a splitter needs at least two branches");
        }
        return new SplitterTile(id, name, mode, branches);
    }

    private SplitterBranch branch(JsonCursor at, SplitMode mode) throws JourneyFileException {
        at.object();
        Integer percent = at.field("percent").nullableInteger();
        if (percent != null && (percent < 0 || percent > 100)) {
            throw at.field("percent").problem("must be between 0 and 100");
        }
        ValueRule rule = null;
        JsonCursor ruleAt = at.field("rule");
        if (!ruleAt.isMissing()) {
            ruleAt.object();
            rule = new ValueRule(ruleAt.field("field").nonBlankText(),
                    ruleAt.field("operator").enumValue(ValueOperator.class), ruleAt.field("value").text());
        }
        return new SplitterBranch(at.field("id").nonBlankText(), at.field("name").optionalText(), percent, rule,
                sequence(at.field("tiles")));
    }
}
