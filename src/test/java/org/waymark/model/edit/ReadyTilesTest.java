package org.waymark.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.EveryTileJourney;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.*;

/** Tiles offered with their stored record, made by the factory with it; a new trigger's first rule. */
class ReadyTilesTest {

    private static final Map<AssetKind, List<String>> NAMES = Map.of(
            AssetKind.EMAIL, List.of("White paper offer", "White paper reminder"),
            AssetKind.SEGMENT, List.of("Newsletter subscribers in New York"),
            AssetKind.SUBSCRIPTION_LIST, List.of("Newsletter"),
            AssetKind.MARKETING_FORM, List.of("Contact us form"),
            AssetKind.MARKETING_PAGE, List.of("Playbook download page"));

    private final AssetCatalog catalog = new AssetCatalog() {
        @Override
        public List<String> names(AssetKind kind) {
            return NAMES.getOrDefault(kind, List.of());
        }

        @Override
        public List<String> emailLinks(String emailName) {
            return List.of();
        }

        @Override
        public void createEmail(String name, String subject) {
            throw new UnsupportedOperationException();
        }
    };
    private final TileFactory factory = new TileFactory();
    private final Journey empty = new Journey(EveryTileJourney.settings(), List.of());

    @Test
    void everyTypeComesFirstThenEachRecordAsTheTilesThatUseIt() {
        List<ReadyTile> all = new ReadyTiles(catalog).all();
        assertThat(all.subList(0, TileType.values().length)).extracting(ReadyTile::type).containsExactly(TileType.values());
        assertThat(all.subList(TileType.values().length, all.size())).extracting(ReadyTile::label).containsExactly(
                "Segment group · Newsletter subscribers in New York", "Segment group · Newsletter (subscription list)",
                "Segment · Newsletter subscribers in New York", "Segment · Newsletter (subscription list)",
                "Form submitted · Contact us form", "Email · White paper offer", "Email · White paper reminder",
                "Marketing page · Playbook download page", "Marketing form · Contact us form");
    }

    @Test
    void theFactoryMakesTheTileWithItsRecordAndASegmentGroupHoldingItsSegment() {
        TileIds ids = new TileIds(empty);
        assertThat(factory.create(ReadyTile.using(TileType.EMAIL, AssetKind.EMAIL, "White paper offer"), ids))
                .isEqualTo(new EmailTile("email-1", "", "White paper offer", List.of()));
        assertThat(factory.create(ReadyTile.using(TileType.SEGMENT_GROUP, AssetKind.SUBSCRIPTION_LIST, "Newsletter"), ids))
                .isEqualTo(new SegmentGroupTile("segmentGroup-1", "", SegmentCombination.UNION, List.of(new SegmentTile(
                        "segment-1", "", SegmentSource.SUBSCRIPTION_LIST, "Newsletter", Membership.INCLUDE))));
        assertThat(factory.create(ReadyTile.using(TileType.FORM_SUBMITTED, AssetKind.MARKETING_FORM, "Contact us form"),
                ids)).isEqualTo(new FormSubmittedStartTile("formSubmitted-1", "", "Contact us form"));
        assertThat(factory.create(ReadyTile.of(TileType.SMS), ids)).isEqualTo(new SmsTile("sms-1", "", ""));
        assertThatThrownBy(() -> factory.create(ReadyTile.using(TileType.SMS, AssetKind.EMAIL, "White paper offer"), ids))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewTriggerWatchesTheNearestMessageBeforeItWhereItGoes() {
        Journey journey = PipelineTree.insert(empty, InsertionPoint.of(SequenceRef.pipeline(), 0),
                factory.create(ReadyTile.using(TileType.SEGMENT_GROUP, AssetKind.SEGMENT, "Newsletter subscribers in New York"),
                        new TileIds(empty)));
        InsertionPoint second = InsertionPoint.of(SequenceRef.pipeline(), 1);
        assertThat(((TriggerTile) factory.createAt(ReadyTile.of(TileType.TRIGGER), journey, second)).rules())
                .as("nothing to watch yet").isEmpty();

        journey = PipelineTree.insert(journey, second, new EmailTile("email-1", "", "White paper offer",
                List.of(new MarketingPageTile("marketingPage-1", "", "Playbook download page"))));
        InsertionPoint third = InsertionPoint.of(SequenceRef.pipeline(), 2);
        TriggerTile trigger = (TriggerTile) factory.createAt(ReadyTile.of(TileType.TRIGGER), journey, third);
        assertThat(trigger.id()).isEqualTo("trigger-1");
        assertThat(trigger.rules()).as("the email, not the page inside it")
                .containsExactly(new TriggerRule("email-1", TriggerCondition.OPENED, ""));
        assertThat(trigger.timeout()).isEqualTo(Wait.forDuration(TileFactory.DEFAULT_TRIGGER_TIMEOUT));
        assertThat(((TriggerTile) factory.createAt(ReadyTile.of(TileType.TRIGGER), journey,
                InsertionPoint.of(SequenceRef.lane("nowhere", "true"), 0))).rules()).as("no such place").isEmpty();
        assertThat(factory.createAt(ReadyTile.of(TileType.SMS), journey, third)).isEqualTo(new SmsTile("sms-1", "", ""));
    }
}
