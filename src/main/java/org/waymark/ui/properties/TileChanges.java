package org.waymark.ui.properties;

import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.ActivityKind;
import org.waymark.model.tile.ActivityTile;
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
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.SegmentCombination;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentSource;
import org.waymark.model.tile.SegmentTile;
import org.waymark.model.tile.SmsTile;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerTile;

/**
 * Edited copies of tiles, one setting at a time; the copy keeps the tile's id (and everything it holds), so
 * it can replace the original through {@code ReplaceTile}. Values are taken as typed; checking them is the
 * job of the editors' view models.
 */
public final class TileChanges {

    /** The tile with another name; every tile type has one. */
    public Tile withName(Tile tile, String name) {
        if (tile instanceof SegmentGroupTile t) {
            return new SegmentGroupTile(t.id(), name, t.combination(), t.segments());
        } else if (tile instanceof SegmentTile t) {
            return new SegmentTile(t.id(), name, t.source(), t.segment(), t.membership());
        } else if (tile instanceof EmailTile t) {
            return new EmailTile(t.id(), name, t.email(), t.content());
        } else if (tile instanceof MarketingPageTile t) {
            return new MarketingPageTile(t.id(), name, t.asset());
        } else if (tile instanceof MarketingFormTile t) {
            return new MarketingFormTile(t.id(), name, t.asset());
        } else if (tile instanceof EventTile t) {
            return new EventTile(t.id(), name, t.asset());
        } else if (tile instanceof SmsTile t) {
            return new SmsTile(t.id(), name, t.message());
        } else if (tile instanceof PushNotificationTile t) {
            return new PushNotificationTile(t.id(), name, t.notification());
        } else if (tile instanceof ActivityTile t) {
            return new ActivityTile(t.id(), name, t.kind(), t.subject(), t.owner(), t.per());
        } else if (tile instanceof LaunchWorkflowTile t) {
            return new LaunchWorkflowTile(t.id(), name, t.workflow(), t.per());
        } else if (tile instanceof CreateLeadTile t) {
            return new CreateLeadTile(t.id(), name, t.topic(), t.per());
        } else if (tile instanceof SchedulerTile t) {
            return new SchedulerTile(t.id(), name, t.delay(), t.releaseWindow());
        } else if (tile instanceof TriggerTile t) {
            return new TriggerTile(t.id(), name, t.join(), t.rules(), t.timeout(), t.whenTrue(), t.whenFalse());
        } else if (tile instanceof SplitterTile t) {
            return new SplitterTile(t.id(), name, t.mode(), t.branches());
        } else if (tile instanceof FormSubmittedStartTile t) {
            return new FormSubmittedStartTile(t.id(), name, t.form());
        }
        RecordUpdatedStartTile t = (RecordUpdatedStartTile) tile;
        return new RecordUpdatedStartTile(t.id(), name, t.record(), t.field());
    }

    public ActivityTile withKind(ActivityTile t, ActivityKind kind) {
        return new ActivityTile(t.id(), t.name(), kind, t.subject(), t.owner(), t.per());
    }

    public ActivityTile withSubject(ActivityTile t, String subject) {
        return new ActivityTile(t.id(), t.name(), t.kind(), subject, t.owner(), t.per());
    }

    /** An empty (or blank) owner means the journey's owner gets the activity. */
    public ActivityTile withOwner(ActivityTile t, String owner) {
        return new ActivityTile(t.id(), t.name(), t.kind(), t.subject(), owner, t.per());
    }

    public ActivityTile withPer(ActivityTile t, ActionTarget per) {
        return new ActivityTile(t.id(), t.name(), t.kind(), t.subject(), t.owner(), per);
    }

    public CreateLeadTile withTopic(CreateLeadTile t, String topic) {
        return new CreateLeadTile(t.id(), t.name(), topic, t.per());
    }

    public CreateLeadTile withPer(CreateLeadTile t, ActionTarget per) {
        return new CreateLeadTile(t.id(), t.name(), t.topic(), per);
    }

    public LaunchWorkflowTile withWorkflow(LaunchWorkflowTile t, String workflow) {
        return new LaunchWorkflowTile(t.id(), t.name(), workflow, t.per());
    }

    public LaunchWorkflowTile withPer(LaunchWorkflowTile t, ActionTarget per) {
        return new LaunchWorkflowTile(t.id(), t.name(), t.workflow(), per);
    }

    public RecordUpdatedStartTile withRecord(RecordUpdatedStartTile t, RecordKind record) {
        return new RecordUpdatedStartTile(t.id(), t.name(), record, t.field());
    }

    /** An empty (or blank) field means any change to the record starts the journey. */
    public RecordUpdatedStartTile withField(RecordUpdatedStartTile t, String field) {
        return new RecordUpdatedStartTile(t.id(), t.name(), t.record(), field);
    }

    public SegmentGroupTile withCombination(SegmentGroupTile t, SegmentCombination combination) {
        return new SegmentGroupTile(t.id(), t.name(), combination, t.segments());
    }

    /** Changing the source clears the chosen segment: a segment's name is not a subscription list's. */
    public SegmentTile withSource(SegmentTile t, SegmentSource source) {
        return source == t.source() ? t : new SegmentTile(t.id(), t.name(), source, "", t.membership());
    }

    public SegmentTile withMembership(SegmentTile t, Membership membership) {
        return new SegmentTile(t.id(), t.name(), t.source(), t.segment(), membership);
    }
}
