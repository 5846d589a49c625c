package org.waymark.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.edit.TileFactory;
import org.waymark.model.edit.TileLocation;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;
import org.waymark.ui.SampleJourneys;

/** The Edit menu's commands on a session, without any window: clipboard, duplicate, delete, undo and redo. */
class EditActionsTest {

    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final SimpleObjectProperty<EditSession> sessions = new SimpleObjectProperty<>(new EditSession(whitePaper));
    private final List<String> status = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private boolean confirm = true;
    private final TileClipboard clipboard = new TileClipboard();
    private final TilePlacement placement = new TilePlacement(new InsertionRules());
    private final EditActions actions = new EditActions(sessions,
            new ClipboardEdits(sessions, clipboard, placement, status::add), clipboard,
            (heading, detail) -> {
                asked.add(heading + " " + detail);
                return confirm;
            }, status::add);
    private final TileInsertion insertion = new TileInsertion(sessions, new TileFactory(), placement, status::add);

    private EditSession session() {
        return sessions.get();
    }

    private TileLocation where(String id) {
        return PipelineTree.locate(session().journey(), id).orElseThrow();
    }

    @Test
    void copyAndPastePlacesFreshCopiesAfterTheSelectedTile() {
        assertThat(actions.canPasteProperty().get()).isFalse();
        session().select(List.of("pause"));
        actions.copy();
        assertThat(actions.canPasteProperty().get()).isTrue();
        session().select(List.of("reminder"));
        actions.paste();

        List<String> falseLane = ids(where("reminder").sequence());
        assertThat(falseLane).containsExactly("reminder", "scheduler-1", "clicked-reminder");
        assertThat(session().selection()).containsExactly("scheduler-1");
        assertThat(PipelineTree.find(session().journey(), "scheduler-1").orElseThrow().name())
                .isEqualTo("Wait three working days");
        assertThat(actions.undoTextProperty().get()).isEqualTo("Undo Paste scheduler");
        assertThat(status).last().isEqualTo("Pasted 'Wait three working days'");
    }

    @Test
    void pasteWithoutASelectionGoesToTheEndOfThePipelineWhereItMay() {
        EditSession welcome = new EditSession(SampleJourneys.read(SampleJourneys.WELCOME)
                .withPipeline(List.of(whitePaper.pipeline().get(0), whitePaper.pipeline().get(1))));
        sessions.set(welcome);
        session().select(List.of("offer"));
        actions.copy();
        session().select(List.of());
        actions.paste();
        assertThat(session().journey().pipeline()).extracting(Tile::id).containsExactly("audience", "offer", "email-1");
        EmailTile copy = (EmailTile) session().journey().pipeline().get(2);
        assertThat(copy.content()).extracting(Tile::id).containsExactly("marketingPage-1");
    }

    @Test
    void cutTakesTheTilesOutAndPasteBringsThemBackElsewhere() {
        session().select(List.of("lead", "pause"));
        assertThat(actions.hasSelectionProperty().get()).isTrue();
        actions.cut();
        assertThat(PipelineTree.find(session().journey(), "lead")).isEmpty();
        assertThat(actions.undoTextProperty().get()).isEqualTo("Undo Cut 2 tiles");
        session().select(List.of("reminder"));
        actions.paste();
        assertThat(ids(where("reminder").sequence()))
                .containsExactly("reminder", "createLead-1", "scheduler-1", "clicked-reminder");
        actions.undo();
        actions.undo();
        assertThat(session().journey()).isEqualTo(whitePaper);
        assertThat(actions.redoTextProperty().get()).isEqualTo("Redo Cut 2 tiles");
    }

    @Test
    void duplicatePlacesTheCopyRightAfterTheOriginal() {
        session().select(List.of("webinar-invite"));
        actions.duplicate();
        List<String> trueLane = ids(where("lead").sequence());
        assertThat(trueLane).containsExactly("lead", "pause", "webinar-invite", "email-1", "call");
        EmailTile copy = (EmailTile) PipelineTree.find(session().journey(), "email-1").orElseThrow();
        assertThat(copy.content()).extracting(Tile::id).containsExactly("event-1");
        assertThat(actions.undoTextProperty().get()).isEqualTo("Undo Duplicate email");
    }

    @Test
    void aDuplicatedTriggerGoesAtTheHeadOfTheOriginalsFirstPath() {
        session().select(List.of("clicked-reminder"));
        actions.duplicate();
        assertThat(ids(SequenceRef.lane("clicked-reminder", "true"))).containsExactly("trigger-1");
        assertThat(ids(SequenceRef.lane("trigger-1", "true"))).containsExactly("createLead-1", "launchWorkflow-1", "late-lead", "score");
    }

    @Test
    void aRefusedDuplicateChangesNothingAndSaysWhy() {
        session().select(List.of("audience"));
        actions.duplicate();
        assertThat(session().journey()).isEqualTo(whitePaper);
        assertThat(status).last().isEqualTo("Segment group starts a journey: it can only be the first tile");
        assertThat(actions.canUndoProperty().get()).isFalse();
    }

    @Test
    void deleteAsksOnlyWhenWholePathsGoAndSaysHowManyTiles() {
        session().select(List.of("pause"));
        actions.delete();
        assertThat(asked).isEmpty();
        assertThat(PipelineTree.find(session().journey(), "pause")).isEmpty();

        session().select(List.of("clicked-download"));
        confirm = false;
        actions.delete();
        assertThat(asked).singleElement().asString().isEqualTo("Delete 9 tiles? 'Clicked the download link?' goes together with the 8 tiles on its paths. Undo brings them back.");
        assertThat(PipelineTree.find(session().journey(), "clicked-download")).isPresent();

        confirm = true;
        actions.delete();
        assertThat(session().journey().pipeline()).extracting(Tile::id).containsExactly("audience", "offer");
        assertThat(session().selection()).isEmpty();
        assertThat(actions.hasSelectionProperty().get()).isFalse();
    }

    @Test
    void undoAndRedoSayWhatTheyDoAndFollowTheOpenJourney() {
        assertThat(actions.undoTextProperty().get()).isEqualTo("Undo");
        insertion.insertNew(TileType.EMAIL, InsertionPoint.of(SequenceRef.pipeline(), 1));
        assertThat(actions.undoTextProperty().get()).isEqualTo("Undo Insert email");
        assertThat(actions.canUndoProperty().get()).isTrue();
        actions.undo();
        assertThat(actions.redoTextProperty().get()).isEqualTo("Redo Insert email");
        assertThat(status).last().isEqualTo("Undone: Insert email");
        actions.redo();
        assertThat(PipelineTree.find(session().journey(), "email-1")).isPresent();

        sessions.set(null);
        assertThat(actions.canUndoProperty().get()).isFalse();
        assertThat(actions.hasJourneyProperty().get()).isFalse();
        assertThat(actions.undoTextProperty().get()).isEqualTo("Undo");
    }

    @Test
    void selectAllSelectsEveryTile() {
        actions.selectAll();
        assertThat(session().selection()).hasSize(PipelineWalker.count(whitePaper.pipeline()));
    }

    private List<String> ids(SequenceRef ref) {
        return PipelineTree.sequence(session().journey(), ref).stream().map(Tile::id).toList();
    }
}
