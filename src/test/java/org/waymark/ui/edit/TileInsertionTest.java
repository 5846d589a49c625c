package org.waymark.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.waymark.model.content.AssetKind;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.ReadyTile;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.edit.TileFactory;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;
import org.waymark.model.tile.TileType;
import org.waymark.ui.SampleJourneys;

/** New tiles from the toolbox and moved tiles, by the mouse or after the selection. */
class TileInsertionTest {

    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final SimpleObjectProperty<EditSession> sessions = new SimpleObjectProperty<>(new EditSession(whitePaper));
    private final List<String> status = new ArrayList<>();
    private final TilePlacement placement = new TilePlacement(new InsertionRules());
    private final TileInsertion insertion = new TileInsertion(sessions, new TileFactory(), placement, status::add);

    private EditSession session() {
        return sessions.get();
    }

    private SequenceRef sequenceOf(String id) {
        return PipelineTree.locate(session().journey(), id).orElseThrow().sequence();
    }

    private int indexOf(String id) {
        return PipelineTree.locate(session().journey(), id).orElseThrow().index();
    }

    @Test
    void aDroppedTileIsInsertedAndSelected() {
        assertThat(insertion.insertNew(TileType.SMS, InsertionPoint.of(SequenceRef.pipeline(), 1))).isEmpty();
        assertThat(session().journey().pipeline()).extracting(Tile::id).startsWith("audience", "sms-1", "offer");
        assertThat(session().selection()).containsExactly("sms-1");
        assertThat(status).containsExactly("Inserted sms");
    }

    @Test
    void aRefusedInsertChangesNothingAndSaysWhy() {
        assertThat(insertion.insertNew(TileType.SEGMENT, InsertionPoint.of(SequenceRef.pipeline(), 2)))
                .contains("A segment can only go inside a segment group");
        assertThat(session().journey()).isEqualTo(whitePaper);
        assertThat(status).containsExactly("A segment can only go inside a segment group");
    }

    @Test
    void theKeyboardInsertsAfterTheSelectedTileOrInsideIt() {
        session().select(List.of("pause"));
        insertion.insertAfterSelection(TileType.SMS);
        assertThat(sequenceOf("sms-1")).isEqualTo(sequenceOf("pause"));
        assertThat(indexOf("sms-1")).isEqualTo(indexOf("pause") + 1);

        session().select(List.of("offer"));
        insertion.insertAfterSelection(TileType.EVENT);
        assertThat(sequenceOf("event-1")).isEqualTo(SequenceRef.content("offer"));
        assertThat(indexOf("event-1")).isEqualTo(1);

        session().select(List.of("clicked-reminder"));
        insertion.insertAfterSelection(TileType.EMAIL);
        assertThat(sequenceOf("email-1")).isEqualTo(SequenceRef.lane("clicked-reminder", "true"));
        assertThat(indexOf("email-1")).isZero();

        session().select(List.of("download-page"));
        insertion.insertAfterSelection(TileType.SCHEDULER);
        assertThat(sequenceOf("scheduler-1")).isEqualTo(SequenceRef.pipeline());
        assertThat(indexOf("scheduler-1")).isEqualTo(indexOf("offer") + 1);

        session().select(List.of());
        insertion.insertAfterSelection(TileType.SEGMENT);
        assertThat(sequenceOf("segment-1")).isEqualTo(SequenceRef.segments("audience"));
    }

    @Test
    void aReadyTileComesWithItsRecordAndANewTriggerWatchesTheMessageBeforeIt() {
        InsertionPoint afterOffer = InsertionPoint.of(SequenceRef.pipeline(), indexOf("offer") + 1);
        assertThat(insertion.insertNew(ReadyTile.using(TileType.EMAIL, AssetKind.EMAIL, "Webinar invitation"),
                afterOffer)).isEmpty();
        assertThat(PipelineTree.find(session().journey(), "email-1")).get()
                .isEqualTo(new EmailTile("email-1", "", "Webinar invitation", List.of()));
        assertThat(status).containsExactly("Inserted email 'Webinar invitation'");

        session().select(List.of("email-1"));
        assertThat(insertion.insertAfterSelection(TileType.TRIGGER)).isEmpty();
        TriggerTile trigger = (TriggerTile) PipelineTree.find(session().journey(), "trigger-1").orElseThrow();
        assertThat(trigger.rules()).containsExactly(new TriggerRule("email-1", TriggerCondition.OPENED, ""));
        session().undo();
        assertThat(PipelineTree.find(session().journey(), "trigger-1")).as("one undo step").isEmpty();
    }

    @Test
    void whereATypeFitsNowhereTheKeyboardSaysWhy() {
        session().select(List.of("offer"));
        assertThat(insertion.insertAfterSelection(TileType.FORM_SUBMITTED))
                .contains("Form submitted starts a journey: it can only be the first tile");
        assertThat(session().journey()).isEqualTo(whitePaper);
    }

    @Test
    void aMovedTileKeepsItsIdAndStaysSelected() {
        assertThat(insertion.move("lead", InsertionPoint.of(SequenceRef.lane("clicked-download", "false"), 0))).isEmpty();
        assertThat(sequenceOf("lead")).isEqualTo(SequenceRef.lane("clicked-download", "false"));
        assertThat(session().selection()).containsExactly("lead");
        assertThat(session().undoTextProperty().get()).isEqualTo("Undo Move 'Lead for the playbook'");
        assertThat(insertion.move("clicked-download", InsertionPoint.of(SequenceRef.lane("clicked-download", "true"), 0)))
                .contains("A tile cannot move onto its own paths or into itself");
    }

    @Test
    void withoutAnOpenJourneyNothingHappens() {
        sessions.set(null);
        assertThat(insertion.insertAfterSelection(TileType.EMAIL)).contains("Open a journey first");
    }
}
