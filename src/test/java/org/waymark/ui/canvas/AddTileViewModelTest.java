package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.content.AssetKind;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.ReadyTile;
import org.waymark.model.edit.ReadyTiles;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.edit.TileFactory;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.TileType;
import org.waymark.model.tile.TriggerTile;
import org.waymark.ui.SampleJourneys;
import org.waymark.ui.properties.FakeAssets;

/** The Add tile list: types and ready tiles narrowed by what was typed, what fits at the selection first. */
class AddTileViewModelTest {

    private final InsertionRules rules = new InsertionRules();
    private final List<ReadyTile> offered = new ReadyTiles(new FakeAssets()).all();
    private final TileFactory factory = new TileFactory();
    private final Journey empty = new Journey(SampleJourneys.read(SampleJourneys.WHITE_PAPER).settings(), List.of());

    @Test
    void typedTextNarrowsTheListTheWholeNameFirst() {
        AddTileViewModel list = list(empty, List.of());
        assertThat(list.matching("segment group")).first().isEqualTo(ReadyTile.of(TileType.SEGMENT_GROUP));
        assertThat(list.matching("segment group")).extracting(ReadyTile::type).containsOnly(TileType.SEGMENT_GROUP);
        assertThat(list.matching("EMAIL")).first().isEqualTo(ReadyTile.of(TileType.EMAIL));
        assertThat(list.matching("  ")).hasSize(offered.size());
        assertThat(list.matching("zzz")).isEmpty();
        assertThat(list.matching("remind paper")).as("each word, anywhere")
                .containsExactly(ReadyTile.using(TileType.EMAIL, AssetKind.EMAIL, "White paper reminder"));
    }

    @Test
    void aRecordIsOfferedAsTheTilesThatUseItWhatHasAPlaceFirst() {
        List<ReadyTile> york = list(empty, List.of()).matching("york");
        assertThat(york).extracting(ReadyTile::label).containsExactly(
                "Segment group · Newsletter subscribers in New York", "Segment · Newsletter subscribers in New York");
        assertThat(list(empty, List.of()).whereItGoes(york.get(0)))
                .isEqualTo("Shift+Enter: At the start of the journey. Enter: choose among 1 place");
        assertThat(list(empty, List.of()).whereItGoes(york.get(1))).isEqualTo("There is no place for it in this journey");
        assertThat(list(empty, List.of()).matching("list")).extracting(ReadyTile::label)
                .startsWith("Segment group · Monthly newsletter list (subscription list)");
    }

    @Test
    void whileBuildingTheReferenceJourneyAFewLettersFindEachTile() {
        Journey journey = insert(empty, ReadyTile.using(TileType.SEGMENT_GROUP, AssetKind.SEGMENT,
                "Newsletter subscribers in New York"), SequenceRef.pipeline(), 0);
        assertThat(first(journey, "segmentGroup-1", "off")).isEqualTo("Email · White paper offer");
        assertThat(list(journey, List.of("segmentGroup-1")).whereItGoes(email("White paper offer")))
                .isEqualTo("Shift+Enter: After 'Newsletter subscribers in New York'. Enter: choose among 1 place");

        journey = insert(journey, email("White paper offer"), SequenceRef.pipeline(), 1);
        assertThat(first(journey, "email-1", "pl")).isEqualTo("Marketing page · Playbook download page");
        journey = insert(journey, ReadyTile.using(TileType.MARKETING_PAGE, AssetKind.MARKETING_PAGE,
                "Playbook download page"), SequenceRef.content("email-1"), 0);
        assertThat(first(journey, "marketingPage-1", "t")).as("a type before a record starting alike")
                .isEqualTo("Trigger");

        journey = insert(journey, ReadyTile.of(TileType.TRIGGER), SequenceRef.pipeline(), 2);
        assertThat(first(journey, "trigger-1", "lead")).isEqualTo("Create lead");
        journey = insert(journey, ReadyTile.of(TileType.CREATE_LEAD), SequenceRef.lane("trigger-1", TriggerTile.TRUE_KEY), 0);
        assertThat(list(journey, List.of("createLead-1")).matching("web")).extracting(ReadyTile::label)
                .as("the email fits after the lead, the event only inside an email")
                .containsExactly("Email · Webinar invitation", "Event · Journeys that convert webinar");
        assertThat(first(journey, "createLead-1", "rem")).isEqualTo("Email · White paper reminder");
    }

    private AddTileViewModel list(Journey journey, List<String> selection) {
        return new AddTileViewModel(journey, selection, rules, offered);
    }

    private String first(Journey journey, String selected, String typed) {
        return list(journey, List.of(selected)).matching(typed).get(0).label();
    }

    private Journey insert(Journey journey, ReadyTile tile, SequenceRef sequence, int index) {
        InsertionPoint at = InsertionPoint.of(sequence, index);
        return PipelineTree.insert(journey, at, factory.createAt(tile, journey, at));
    }

    private static ReadyTile email(String name) {
        return ReadyTile.using(TileType.EMAIL, AssetKind.EMAIL, name);
    }
}
