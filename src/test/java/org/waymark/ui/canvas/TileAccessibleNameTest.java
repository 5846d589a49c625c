package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyProblem.Severity;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.MarketingPageTile;
import org.waymark.model.tile.Membership;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.SegmentCombination;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentSource;
import org.waymark.model.tile.SegmentTile;
import org.waymark.model.tile.SmsTile;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;
import org.waymark.model.tile.Wait;
import org.waymark.ui.SampleJourneys;

class TileAccessibleNameTest {

    private final SegmentTile segment = new SegmentTile("segment", "New York subscribers", SegmentSource.SEGMENT,
            "Newsletter subscribers in New York", Membership.INCLUDE);
    private final SegmentGroupTile group = new SegmentGroupTile("group", "", SegmentCombination.UNION, List.of(segment));
    private final MarketingPageTile page = new MarketingPageTile("page", "Download page", "Playbook download page");
    private final EmailTile offer = new EmailTile("offer", "White paper offer", "White paper offer", List.of(page));
    private final CreateLeadTile lead = new CreateLeadTile("lead", "", "Interested in the marketing playbook",
            ActionTarget.CONTACT);
    private final EmailTile invitation = new EmailTile("invitation", "Webinar invitation", "Webinar invitation", List.of());
    private final EmailTile reminder = new EmailTile("reminder", "White paper reminder", "White paper reminder", List.of());
    private final TriggerTile trigger = new TriggerTile("trigger", "Clicked white paper?", RuleJoin.AND,
            List.of(new TriggerRule("offer", TriggerCondition.CLICKED_LINK, "Download the white paper")),
            Wait.forDuration(Duration.ofDays(7)), List.of(lead, invitation), List.of(reminder));
    /** The reference journey: segment group, offer email with its page, trigger with two paths. */
    private final List<Tile> reference = List.of(group, offer, trigger);
    private final TileAccessibleName names = new TileAccessibleName(reference, TileProblems.NONE);

    @Test
    void namesWhatTheTileIsWhereItIsAndWhatFollows() {
        assertThat(names.of(trigger)).isEqualTo("Trigger 'Clicked white paper?', step 3 of 6; "
                + "true path: Create lead; false path: Email 'White paper reminder'");
        assertThat(names.of(group)).isEqualTo("Segment group, step 1 of 6, with 1 nested tile; "
                + "next: Email 'White paper offer'");
        assertThat(names.of(offer)).isEqualTo("Email 'White paper offer', step 2 of 6, with 1 nested tile; "
                + "next: Trigger 'Clicked white paper?'");
        assertThat(names.of(lead)).isEqualTo("Create lead, step 4 of 6; next: Email 'Webinar invitation'");
        assertThat(names.of(invitation)).isEqualTo("Email 'Webinar invitation', step 5 of 6; "
                + "last on the true path of Trigger 'Clicked white paper?'");
        assertThat(names.of(reminder)).isEqualTo("Email 'White paper reminder', step 6 of 6; "
                + "last on the false path of Trigger 'Clicked white paper?'");
        assertThat(names.flowTileCount()).isEqualTo(6);
    }

    @Test
    void nestedTilesSayWhichContainerHoldsThem() {
        assertThat(names.of(segment)).isEqualTo("Segment 'New York subscribers', 1 of 1 in Segment group");
        assertThat(names.of(page)).isEqualTo("Marketing page 'Download page', 1 of 1 in Email 'White paper offer'");
    }

    @Test
    void theLastTileOfTheMainPipelineEndsTheJourney() {
        TileAccessibleName twoTiles = new TileAccessibleName(List.of(group, reminder), TileProblems.NONE);
        assertThat(twoTiles.of(reminder)).isEqualTo("Email 'White paper reminder', step 2 of 2; end of the journey");
    }

    @Test
    void anEmptyPathIsSaidToBeEmpty() {
        TriggerTile bare = new TriggerTile("t", "", RuleJoin.AND, List.of(), Wait.forDuration(Duration.ofDays(1)),
                List.of(), List.of());
        assertThat(new TileAccessibleName(List.of(group, bare), TileProblems.NONE).of(bare))
                .isEqualTo("Trigger, step 2 of 2; true path: empty; false path: empty");
    }

    @Test
    void aSplitterNamesEachBranchByItsLabel() {
        Journey welcome = SampleJourneys.read(SampleJourneys.WELCOME);
        TileAccessibleName welcomeNames = new TileAccessibleName(welcome.pipeline(), TileProblems.NONE);
        assertThat(welcomeNames.of(tile(welcome, "ab"))).isEqualTo("Splitter 'Mobile follow-up test', step 5 of 7; "
                + "branch 'Text message (50 %)': SMS 'Welcome text'; branch 'Push (50 %)': Push notification 'Welcome push'");
        assertThat(welcomeNames.of(tile(welcome, "push"))).isEqualTo("Push notification 'Welcome push', step 7 of 7; "
                + "last on the branch 'Push (50 %)' of Splitter 'Mobile follow-up test'");
    }

    @Test
    void countsOnlyFlowTilesAcrossNestedPaths() {
        Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
        TileAccessibleName whitePaperNames = new TileAccessibleName(whitePaper.pipeline(), TileProblems.NONE);
        assertThat(whitePaperNames.flowTileCount()).isEqualTo(11);
        assertThat(whitePaperNames.of(tile(whitePaper, "score"))).isEqualTo("Launch workflow 'Score the lead', "
                + "step 11 of 11; last on the true path of Trigger 'Clicked the reminder?'");
        assertThat(whitePaperNames.of(tile(whitePaper, "webinar"))).isEqualTo("Event 'Journeys that convert', "
                + "1 of 1 in Email 'Invite to the webinar'");
    }

    @Test
    void saysHowManyProblemsTheTileHas() {
        SmsTile text = new SmsTile("text", "", "");
        SplitterTile splitter = new SplitterTile("split", "", SplitMode.PERCENTAGE, List.of(
                new SplitterBranch("a", "A", 50, null, List.of(text)), new SplitterBranch("b", "B", null, null, List.of())));
        List<Tile> pipeline = List.of(group, splitter);
        List<JourneyProblem> problems = List.of(
                new JourneyProblem(Severity.ERROR, "$.pipeline[1].branches[0].tiles[0].message", "choose a message"),
                new JourneyProblem(Severity.WARNING, "$.pipeline[1].branches[0].tiles[0]", "name it"),
                new JourneyProblem(Severity.WARNING, "$.pipeline[1].branches[0].tiles[0]", "test it"),
                new JourneyProblem(Severity.ERROR, "$.pipeline[0].segments[0].segment", "choose a segment"));
        Set<String> paths = PipelineWalker.places(pipeline).stream().map(TilePlace::path).collect(Collectors.toSet());
        TileAccessibleName withProblems = new TileAccessibleName(pipeline, new TileProblems(problems, paths));
        assertThat(withProblems.of(text)).isEqualTo("SMS, step 3 of 3, has 1 error and 2 warnings; "
                + "last on the branch 'A (50 %)' of Splitter");
        assertThat(withProblems.of(segment)).isEqualTo("Segment 'New York subscribers', 1 of 1 in Segment group, "
                + "has 1 error");
        assertThat(withProblems.of(splitter)).isEqualTo("Splitter, step 2 of 3; branch 'A (50 %)': SMS; "
                + "branch 'B (50 %)': empty");
    }

    @Test
    void helpSaysTheKeysThatWorkOnTheTile() {
        assertThat(names.keys(offer))
                .isEqualTo("Keys: Enter opens the nested tiles, Alt+arrows move it, F2 renames it, Shift+F10 opens the menu");
        assertThat(names.keys(page))
                .isEqualTo("Keys: Enter edits its settings, Esc goes back to the Email, Alt+arrows move it, F2 renames it, "
                        + "Shift+F10 opens the menu");
        assertThat(names.keys(lead))
                .isEqualTo("Keys: Enter edits its settings, Alt+arrows move it, F2 renames it, Shift+F10 opens the menu");
    }

    @Test
    void aTileOfAnotherJourneyIsNamedByWhatItIs() {
        assertThat(TileAccessibleName.NONE.of(lead)).isEqualTo("Create lead");
        assertThat(names.of(new EmailTile("offer", "White paper offer", "", List.of()))).isEqualTo("Email 'White paper offer'");
    }

    private static Tile tile(Journey journey, String id) {
        return PipelineWalker.find(journey.pipeline(), id).orElseThrow().tile();
    }
}
