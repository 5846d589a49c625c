package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.journey.Journey;
import org.waymark.ui.SampleJourneys;

class CanvasNavigatorTest {

    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final Journey summit = SampleJourneys.read(SampleJourneys.SUMMIT);
    private final CanvasNavigator paper = navigator(whitePaper);
    private final CanvasNavigator summitNavigator = navigator(summit);

    private static CanvasNavigator navigator(Journey journey) {
        return new CanvasNavigator(journey, new PipelineLayout().layout(journey.pipeline()));
    }

    @Test
    void rightAndLeftFollowThePathIntoAndOutOfLanes() {
        assertThat(paper.right("audience")).hasValue("offer");
        assertThat(paper.right("offer")).hasValue("clicked-download");
        assertThat(paper.right("clicked-download")).as("a trigger's first lane").hasValue("lead");
        assertThat(paper.right("lead")).hasValue("pause");
        assertThat(paper.right("call")).as("end of a path").isEmpty();
        assertThat(paper.left("lead")).as("back to the trigger").hasValue("clicked-download");
        assertThat(paper.left("late-lead")).hasValue("clicked-reminder");
        assertThat(paper.left("offer")).hasValue("audience");
        assertThat(paper.left("audience")).isEmpty();
        assertThat(paper.right("nobody")).isEmpty();
    }

    @Test
    void downAndUpCrossLanesToTheNearestTileAndStepThroughNestedTiles() {
        assertThat(paper.down("lead")).as("the false lane's first tile, right below").hasValue("reminder");
        assertThat(paper.up("reminder")).hasValue("lead");
        assertThat(paper.up("lead")).isEmpty();
        assertThat(summitNavigator.down("boston")).hasValue("event-list");
        assertThat(summitNavigator.down("event-list")).hasValue("no-contact");
        assertThat(summitNavigator.down("no-contact")).isEmpty();
        assertThat(summitNavigator.up("event-list")).hasValue("boston");
        assertThat(summitNavigator.down("until-summit")).as("the row right below: 'Attended?' false lane")
                .hasValue("recording");
        assertThat(summitNavigator.down("recording")).as("then the false lane of 'Registered?'").hasValue("nudge");
        assertThat(summitNavigator.up("nudge")).hasValue("recording");
    }

    @Test
    void enterGoesIntoAContainerAndEscapeBackOut() {
        assertThat(paper.into("audience")).hasValue("ny-subscribers");
        assertThat(paper.into("offer")).hasValue("download-page");
        assertThat(paper.into("lead")).isEmpty();
        assertThat(paper.out("download-page")).hasValue("offer");
        assertThat(paper.out("offer")).isEmpty();
    }

    @Test
    void homeAndEndGoToTheFirstAndLastTile() {
        assertThat(paper.first()).hasValue("audience");
        assertThat(paper.last()).hasValue("score");
        Journey empty = new Journey(whitePaper.settings(), java.util.List.of());
        assertThat(navigator(empty).first()).isEmpty();
        assertThat(navigator(empty).last()).isEmpty();
    }

    @Test
    void altArrowsMoveToTheNearestAllowedPlaceInReadingOrder() {
        InsertionRules rules = new InsertionRules();
        SequenceRef yes = whitePaper.pipeline().stream().filter(t -> t.id().equals("clicked-download")).findFirst()
                .map(t -> org.waymark.model.edit.PipelineTree.children(t).get(0)).orElseThrow();
        assertThat(paper.movePoint(rules, "offer", true)).hasValue(new InsertionPoint(yes, 0));
        assertThat(paper.movePoint(rules, "offer", false)).as("nothing may come before the start").isEmpty();
        assertThat(paper.movePoint(rules, "lead", true)).as("after the pause").hasValue(new InsertionPoint(yes, 2));
        assertThat(paper.movePoint(rules, "lead", false)).hasValue(new InsertionPoint(SequenceRef.pipeline(), 2));
        assertThat(paper.movePoint(rules, "audience", true)).as("the start stays first").isEmpty();
    }
}
