package org.waymark.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.EveryTileJourney;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.tile.*;

class JourneyEditsTest {

    private final InsertionRules rules = new InsertionRules();
    private final TileFactory factory = new TileFactory();
    private final JourneyFileWriter writer = new JourneyFileWriter();

    @Test
    void buildingAJourneyByCommandsUndoesToEmptyAndRedoesToTheSameJson() {
        JourneyDocument doc = new JourneyDocument(EveryTileJourney.journey().withPipeline(List.of()));
        UndoManager undo = new UndoManager();
        String emptyJson = writer.toJson(doc.journey());
        insert(doc, undo, TileType.SEGMENT_GROUP, SequenceRef.pipeline(), 0);
        insert(doc, undo, TileType.SEGMENT, SequenceRef.segments("segmentGroup-1"), 0);
        insert(doc, undo, TileType.EMAIL, SequenceRef.pipeline(), 1);
        insert(doc, undo, TileType.MARKETING_PAGE, SequenceRef.content("email-1"), 0);
        insert(doc, undo, TileType.TRIGGER, SequenceRef.pipeline(), 2);
        insert(doc, undo, TileType.CREATE_LEAD, SequenceRef.lane("trigger-1", "true"), 0);
        insert(doc, undo, TileType.EMAIL, SequenceRef.lane("trigger-1", "false"), 0);
        TriggerTile trigger = (TriggerTile) PipelineTree.find(doc.journey(), "trigger-1").orElseThrow();
        undo.execute(new ReplaceTile(doc, new TriggerTile(trigger.id(), "Clicked?", RuleJoin.OR,
                List.of(new TriggerRule("email-1", TriggerCondition.CLICKED_LINK, "Download")), trigger.timeout(),
                trigger.whenTrue(), trigger.whenFalse()), "rules"));
        String fullJson = writer.toJson(doc.journey());
        assertThat(PipelineWalker.count(doc.journey().pipeline())).isEqualTo(7);
        assertThat(undo.undoDescription()).contains("Change rules of 'Trigger'");

        while (undo.canUndo()) {
            undo.undo();
        }
        assertThat(writer.toJson(doc.journey())).isEqualTo(emptyJson);
        while (undo.canRedo()) {
            undo.redo();
        }
        assertThat(writer.toJson(doc.journey())).isEqualTo(fullJson);
    }

    private void insert(JourneyDocument doc, UndoManager undo, TileType type, SequenceRef ref, int index) {
        Tile tile = factory.create(type, new TileIds(doc.journey()));
        undo.execute(InsertTiles.one(doc, rules, tile, InsertionPoint.of(ref, index)));
    }

    @Test
    void aRefusedEditChangesNothingAndIsNotRecorded() {
        JourneyDocument doc = new JourneyDocument(EveryTileJourney.journey());
        UndoManager undo = new UndoManager();
        Journey before = doc.journey();
        Tile segment = factory.create(TileType.SEGMENT, new TileIds(before));
        assertThatThrownBy(() -> undo.execute(InsertTiles.one(doc, rules, segment, InsertionPoint.of(SequenceRef.pipeline(), 1))))
                .isInstanceOf(EditRefusedException.class).hasMessage("A segment can only go inside a segment group");
        assertThat(doc.journey()).isSameAs(before);
        assertThat(undo.canUndo()).isFalse();
        assertThat(undo.isDirty()).isFalse();
    }

    @Test
    void aTriggerInsertedMidwayTakesTheFollowingTilesOntoItsTruePath() {
        JourneyDocument doc = new JourneyDocument(EveryTileJourney.journey());
        UndoManager undo = new UndoManager();
        Tile trigger = factory.create(TileType.TRIGGER, new TileIds(doc.journey()));
        undo.execute(InsertTiles.one(doc, rules, trigger, InsertionPoint.of(SequenceRef.pipeline(), 1)));
        assertThat(doc.journey().pipeline()).extracting(Tile::id).containsExactly("g", "trigger-1");
        TriggerTile inserted = (TriggerTile) doc.journey().pipeline().get(1);
        assertThat(inserted.whenTrue()).extracting(Tile::id).containsExactly("e", "t");
        undo.undo();
        assertThat(doc.journey()).isEqualTo(EveryTileJourney.journey());
    }

    @Test
    void moveRemoveAndTypingMerge() {
        JourneyDocument doc = new JourneyDocument(EveryTileJourney.journey());
        UndoManager undo = new UndoManager();
        undo.execute(new MoveTile(doc, rules, "sms", InsertionPoint.of(SequenceRef.lane("t", "false"), 0)));
        assertThat(PipelineTree.locate(doc.journey(), "sms").orElseThrow().sequence()).isEqualTo(SequenceRef.lane("t", "false"));
        assertThat(RemoveTiles.removesWholePaths(doc.journey(), List.of("t"))).isTrue();
        assertThat(RemoveTiles.removesWholePaths(doc.journey(), List.of("e"))).isFalse();
        undo.execute(new RemoveTiles(doc, List.of("t", "lead")));
        assertThat(doc.journey().pipeline()).extracting(Tile::id).containsExactly("g", "e");
        assertThat(undo.undoDescription()).contains("Delete 2 tiles");
        undo.markSaved();

        EmailTile email = (EmailTile) PipelineTree.find(doc.journey(), "e").orElseThrow();
        for (String typed : List.of("N", "Ne", "New", "New offer", "Offer")) {
            undo.execute(new ReplaceTile(doc, new EmailTile("e", typed, email.email(), email.content()), "name"));
        }
        assertThat(undo.isDirty()).isTrue();
        undo.closeMerging();
        undo.execute(new ReplaceTile(doc, new EmailTile("e", "Offer!", email.email(), email.content()), "name"));
        undo.undo();
        assertThat(PipelineTree.find(doc.journey(), "e").orElseThrow().name()).isEqualTo("Offer");
        assertThat(undo.isDirty()).isTrue();
        undo.undo();
        assertThat(PipelineTree.find(doc.journey(), "e").orElseThrow().name()).isEqualTo(email.name());
        assertThat(undo.isDirty()).isFalse();
    }

    @Test
    void copiesGetFreshIdsAndTheirRulesFollowThem() {
        Journey journey = EveryTileJourney.journey();
        TileCopier copier = new TileCopier(new TileIds(journey));
        List<Tile> copies = copier.copy(List.of(journey.pipeline().get(1), journey.pipeline().get(2)));
        TriggerTile trigger = (TriggerTile) copies.get(1);
        assertThat(copies.get(0).id()).isEqualTo("email-1");
        assertThat(trigger.id()).isEqualTo("trigger-1");
        assertThat(trigger.rules()).extracting(TriggerRule::source).containsExactly("email-1", "event-1");
        assertThat(trigger.whenTrue()).extracting(Tile::id).containsExactly("createLead-1", "scheduler-1");
    }

    @Test
    void aCommandCannotRunACommand() {
        UndoManager undo = new UndoManager();
        Command nested = new Command() {
            @Override
            public void execute() {
                undo.execute(this);
            }

            @Override
            public void undo() {
            }

            @Override
            public String description() {
                return "nested";
            }
        };
        assertThatThrownBy(() -> undo.execute(nested)).isInstanceOf(IllegalStateException.class);
    }
}
