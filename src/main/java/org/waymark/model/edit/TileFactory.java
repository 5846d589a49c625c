package org.waymark.model.edit;

import java.time.Duration;
import java.util.List;
import org.waymark.model.tile.*;

/** New tiles as they come out of the toolbox: sensible defaults, nothing chosen yet, a fresh id. */
public final class TileFactory {

    public static final Duration DEFAULT_TRIGGER_TIMEOUT = Duration.ofDays(7);
    public static final Duration DEFAULT_SCHEDULER_WAIT = Duration.ofDays(1);

    public Tile create(TileType type, TileIds ids) {
        String id = ids.next(type);
        return switch (type) {
            case SEGMENT_GROUP -> new SegmentGroupTile(id, "", SegmentCombination.UNION, List.of());
            case SEGMENT -> new SegmentTile(id, "", SegmentSource.SEGMENT, "", Membership.INCLUDE);
            case FORM_SUBMITTED -> new FormSubmittedStartTile(id, "", "");
            case RECORD_UPDATED -> new RecordUpdatedStartTile(id, "", RecordKind.CONTACT, "");
            case EMAIL -> new EmailTile(id, "", "", List.of());
            case SMS -> new SmsTile(id, "", "");
            case PUSH_NOTIFICATION -> new PushNotificationTile(id, "", "");
            case TRIGGER -> new TriggerTile(id, "", RuleJoin.AND, List.of(), Wait.forDuration(DEFAULT_TRIGGER_TIMEOUT),
                    List.of(), List.of());
            case SPLITTER -> new SplitterTile(id, "", SplitMode.PERCENTAGE, List.of(
                    new SplitterBranch("a", "Branch A", 50, null, List.of()),
                    new SplitterBranch("b", "Branch B", null, null, List.of())));
            case SCHEDULER -> new SchedulerTile(id, "", Wait.forDuration(DEFAULT_SCHEDULER_WAIT), null);
            case ACTIVITY -> new ActivityTile(id, "", ActivityKind.TASK, "", "", ActionTarget.CONTACT);
            case CREATE_LEAD -> new CreateLeadTile(id, "", "", ActionTarget.CONTACT);
            case LAUNCH_WORKFLOW -> new LaunchWorkflowTile(id, "", "", ActionTarget.CONTACT);
            case MARKETING_PAGE -> new MarketingPageTile(id, "", "");
            case MARKETING_FORM -> new MarketingFormTile(id, "", "");
            case EVENT -> new EventTile(id, "", "");
        };
    }
}
