package org.waymark.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.waymark.model.edit.TileFactory;
import org.waymark.model.edit.TileIds;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.*;
import org.waymark.model.EveryTileJourney;

class TileChangesTest {

    private final TileChanges changes = new TileChanges();

    private static Tile fresh(TileType type) {
        return new TileFactory().create(type, new TileIds(new Journey(EveryTileJourney.settings(), List.of())));
    }

    @ParameterizedTest
    @EnumSource(TileType.class)
    void everyTileCanBeRenamedAndKeepsEverythingElse(TileType type) {
        Tile tile = fresh(type);
        Tile renamed = changes.withName(tile, "Renamed");
        assertThat(renamed.name()).isEqualTo("Renamed");
        assertThat(renamed.id()).isEqualTo(tile.id());
        assertThat(renamed.type()).isEqualTo(type);
        assertThat(changes.withName(renamed, tile.name())).isEqualTo(tile);
    }

    @Test
    void internalActionsChangeOneValueAtATime() {
        ActivityTile activity = (ActivityTile) fresh(TileType.ACTIVITY);
        ActivityTile call = changes.withPer(changes.withOwner(changes.withSubject(
                changes.withKind(activity, ActivityKind.PHONE_CALL), "Call about the playbook"), "Sales"), ActionTarget.ACCOUNT);
        assertThat(call).isEqualTo(new ActivityTile(activity.id(), "", ActivityKind.PHONE_CALL, "Call about the playbook",
                "Sales", ActionTarget.ACCOUNT));

        CreateLeadTile lead = changes.withPer(changes.withTopic((CreateLeadTile) fresh(TileType.CREATE_LEAD), "Playbook"),
                ActionTarget.ACCOUNT);
        assertThat(lead.topic()).isEqualTo("Playbook");
        assertThat(lead.per()).isEqualTo(ActionTarget.ACCOUNT);

        LaunchWorkflowTile workflow = changes.withWorkflow((LaunchWorkflowTile) fresh(TileType.LAUNCH_WORKFLOW), "Scoring");
        assertThat(changes.withPer(workflow, ActionTarget.ACCOUNT))
                .isEqualTo(new LaunchWorkflowTile(workflow.id(), "", "Scoring", ActionTarget.ACCOUNT));
    }

    @Test
    void startsAndSegmentsChangeOneValueAtATime() {
        RecordUpdatedStartTile record = changes.withField(
                changes.withRecord((RecordUpdatedStartTile) fresh(TileType.RECORD_UPDATED), RecordKind.LEAD), "score");
        assertThat(record.record()).isEqualTo(RecordKind.LEAD);
        assertThat(record.field()).isEqualTo("score");

        SegmentGroupTile group = changes.withCombination((SegmentGroupTile) fresh(TileType.SEGMENT_GROUP),
                SegmentCombination.INTERSECTION);
        assertThat(group.combination()).isEqualTo(SegmentCombination.INTERSECTION);

        SegmentTile segment = new SegmentTile("s", "NY", SegmentSource.SEGMENT, "New York", Membership.INCLUDE);
        assertThat(changes.withMembership(segment, Membership.EXCLUDE).membership()).isEqualTo(Membership.EXCLUDE);
        SegmentTile list = changes.withSource(segment, SegmentSource.SUBSCRIPTION_LIST);
        assertThat(list.source()).isEqualTo(SegmentSource.SUBSCRIPTION_LIST);
        assertThat(list.segment()).as("a segment's name is no list's name").isEmpty();
        assertThat(changes.withSource(segment, SegmentSource.SEGMENT)).isSameAs(segment);
    }

    @Test
    void renamingAContainerKeepsWhatItHolds() {
        Journey journey = EveryTileJourney.journey();
        for (Tile tile : journey.pipeline()) {
            Tile renamed = changes.withName(tile, "x");
            assertThat(changes.withName(renamed, tile.name())).isEqualTo(tile);
        }
        assertThat(Arrays.asList(TileType.values())).hasSize(16);
    }
}
