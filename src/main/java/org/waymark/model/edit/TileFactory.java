package org.waymark.model.edit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.waymark.model.content.AssetKind;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.tile.*;

/**
 * New tiles as they come out of the toolbox or the Add tile list: sensible defaults, a fresh id, and the stored
 * record they were offered with, if any. Placed in a journey, a new trigger also starts with a rule watching the
 * message before it ({@link FirstTriggerRule}).
 */
public final class TileFactory {

    public static final Duration DEFAULT_TRIGGER_TIMEOUT = Duration.ofDays(7);
    public static final Duration DEFAULT_SCHEDULER_WAIT = Duration.ofDays(1);

    private final FirstTriggerRule firstRule;

    public TileFactory() {
        this(new FirstTriggerRule(new JourneyRules()));
    }

    public TileFactory(FirstTriggerRule firstRule) {
        this.firstRule = firstRule;
    }

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

    /**
     * A new tile of the ready tile's type using its record: a segment group gets an included segment of it.
     * Refuses a record the type cannot use (an email for an SMS tile).
     */
    public Tile create(ReadyTile ready, TileIds ids) {
        if (ready.hasAsset() && !ReadyTiles.usedBy(ready.type()).contains(ready.kind())) {
            throw new IllegalArgumentException(ready.type().label() + " cannot use a " + ready.kind().label());
        }
        Tile tile = create(ready.type(), ids);
        return ready.hasAsset() ? using(tile, ready.kind(), ready.asset(), ids) : tile;
    }

    /**
     * The new tile to insert at {@code at} in {@code journey}, with an id free there; a trigger starts with the
     * rule {@link FirstTriggerRule} gives it where it goes.
     */
    public Tile createAt(ReadyTile ready, Journey journey, InsertionPoint at) {
        Tile tile = create(ready, new TileIds(journey));
        if (tile instanceof TriggerTile trigger && trigger.rules().isEmpty()) {
            return placed(journey, at, trigger).flatMap(j -> firstRule.forTrigger(j, trigger.id()))
                    .<Tile>map(rule -> new TriggerTile(trigger.id(), trigger.name(), trigger.join(), List.of(rule),
                            trigger.timeout(), trigger.whenTrue(), trigger.whenFalse()))
                    .orElse(trigger);
        }
        return tile;
    }

    private static Optional<Journey> placed(Journey journey, InsertionPoint at, Tile tile) {
        try {
            int size = PipelineTree.sequence(journey, at.sequence()).size();
            return at.index() < 0 || at.index() > size ? Optional.empty()
                    : Optional.of(PipelineTree.insert(journey, at, tile));
        } catch (EditRefusedException e) {
            return Optional.empty();
        }
    }

    private Tile using(Tile tile, AssetKind kind, String name, TileIds ids) {
        if (tile instanceof SegmentGroupTile group) {
            return new SegmentGroupTile(group.id(), "", group.combination(),
                    List.of((SegmentTile) using(create(TileType.SEGMENT, ids), kind, name, ids)));
        } else if (tile instanceof SegmentTile t) {
            SegmentSource source = kind == AssetKind.SUBSCRIPTION_LIST ? SegmentSource.SUBSCRIPTION_LIST
                    : SegmentSource.SEGMENT;
            return new SegmentTile(t.id(), "", source, name, t.membership());
        } else if (tile instanceof EmailTile t) {
            return new EmailTile(t.id(), "", name, t.content());
        } else if (tile instanceof SmsTile t) {
            return new SmsTile(t.id(), "", name);
        } else if (tile instanceof PushNotificationTile t) {
            return new PushNotificationTile(t.id(), "", name);
        } else if (tile instanceof MarketingPageTile t) {
            return new MarketingPageTile(t.id(), "", name);
        } else if (tile instanceof MarketingFormTile t) {
            return new MarketingFormTile(t.id(), "", name);
        } else if (tile instanceof EventTile t) {
            return new EventTile(t.id(), "", name);
        } else if (tile instanceof FormSubmittedStartTile t) {
            return new FormSubmittedStartTile(t.id(), "", name);
        }
        throw new IllegalArgumentException(tile.type().label() + " uses no stored record");
    }
}
