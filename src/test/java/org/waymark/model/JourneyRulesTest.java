package org.waymark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.Recurrence;
import org.waymark.model.journey.Schedule;
import org.waymark.model.tile.*;

class JourneyRulesTest {

    private final JourneyRules rules = new JourneyRules();

    private static Journey journey(Tile... tiles) {
        return new Journey(EveryTileJourney.settings(), List.of(tiles));
    }

    private static SegmentGroupTile group() {
        return new SegmentGroupTile("g", "", SegmentCombination.UNION,
                List.of(new SegmentTile("s", "", SegmentSource.SEGMENT, "NY", Membership.INCLUDE)));
    }

    private List<String> messages(Journey journey) {
        return rules.check(journey).stream().map(JourneyProblem::toString).toList();
    }

    @Test
    void theFirstTileMustStartTheJourney() {
        assertThat(messages(journey(new EmailTile("e", "", "x", List.of()))))
                .containsExactly("error $.pipeline[0]: the first tile must be a segment group or an inbound start, not email");
        assertThat(messages(new Journey(EveryTileJourney.settings(), List.of())))
                .singleElement().asString().contains("the pipeline is empty");
    }

    @Test
    void contentAndStartsOnlyWhereTheyBelong() {
        assertThat(messages(journey(group(), new EventTile("ev", "", "x"), new FormSubmittedStartTile("f", "", "x"))))
                .containsExactly("error $.pipeline[1]: Event tiles can only be inside an email tile",
                        "error $.pipeline[2]: Form submitted can only be the first tile of the journey");
    }

    @Test
    void triggersWatchOnlyEarlierTilesAndEndTheirSequence() {
        TriggerTile trigger = new TriggerTile("t", "", RuleJoin.AND,
                List.of(new TriggerRule("later", TriggerCondition.OPENED, "")), Wait.forDuration(Duration.ofDays(1)),
                List.of(), List.of());
        assertThat(messages(journey(group(), trigger, new EmailTile("later", "", "x", List.of()))))
                .containsExactly("error $.pipeline[2]: no tile may follow a trigger; put it on one of its paths",
                        "error $.pipeline[1].rules[0].source: \"later\" is not a tile before this trigger");
    }

    @Test
    void splitterPercentagesMayNotExceedAHundred() {
        SplitterTile splitter = new SplitterTile("sp", "", SplitMode.PERCENTAGE, List.of(
                new SplitterBranch("a", "A", 70, null, List.of()), new SplitterBranch("b", "B", 40, null, List.of()),
                new SplitterBranch("c", "C", null, null, List.of())));
        assertThat(messages(journey(group(), splitter)))
                .containsExactly("error $.pipeline[1].branches: the percentages add up to more than 100");
        assertThat(splitter.lanes().get(2).label()).isEqualTo("C (-10 %)");
    }

    @Test
    void recurrenceMustFitTheSchedule() {
        JourneySettings base = EveryTileJourney.settings();
        JourneySettings tooLong = new JourneySettings(base.name(), "", "", "", base.target(), base.minimumConsent(),
                base.scope(), new Schedule(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 31, 0, 0),
                ZoneId.of("UTC")), "", new Recurrence(7, 5), null, base.status(), List.of());
        assertThat(messages(new Journey(tooLong, List.of(group()))))
                .containsExactly("error $.settings.recurrence: interval 7 days × count 5 = 35 days does not fit in the "
                        + "30 days between start and end");
    }

    @Test
    void duplicateIdsAndIncompleteTilesAreReported() {
        assertThat(messages(journey(group(), new EmailTile("g", "", "", List.of()))))
                .containsExactly("error $.pipeline[1].id: \"g\" is used by an earlier tile",
                        "warning $.pipeline[1].email: choose the marketing email this tile sends");
    }

    @Test
    void incompleteTilesAreWarnedAboutWhereTheMissingValueBelongs() {
        EmailTile email = new EmailTile("e", "", "Offer", List.of(new MarketingPageTile("p", "", ""),
                new MarketingFormTile("f", "", " "), new EventTile("ev", "", "")));
        TriggerTile trigger = new TriggerTile("t", "", RuleJoin.AND,
                List.of(new TriggerRule("e", TriggerCondition.OPENED, "")), Wait.forDuration(Duration.ofDays(1)),
                List.of(new SmsTile("sms", "", ""), new PushNotificationTile("push", "", ""),
                        new ActivityTile("a", "", ActivityKind.TASK, "", "", ActionTarget.CONTACT)),
                List.of(new CreateLeadTile("l", "", "", ActionTarget.CONTACT),
                        new LaunchWorkflowTile("w", "", "", ActionTarget.ACCOUNT)));
        assertThat(messages(journey(group(), email, trigger))).containsExactly(
                "warning $.pipeline[1].content[0].asset: choose the marketing page this tile stands for",
                "warning $.pipeline[1].content[1].asset: choose the marketing form this tile stands for",
                "warning $.pipeline[1].content[2].asset: choose the event this tile stands for",
                "warning $.pipeline[2].branches.true[0].message: choose the text message this tile sends",
                "warning $.pipeline[2].branches.true[1].notification: choose the push notification this tile sends",
                "warning $.pipeline[2].branches.true[2].subject: give the activity a subject",
                "warning $.pipeline[2].branches.false[0].topic: give the lead a topic",
                "warning $.pipeline[2].branches.false[1].workflow: name the workflow to launch");
        assertThat(messages(journey(new FormSubmittedStartTile("in", "", ""))))
                .containsExactly("warning $.pipeline[0].form: choose the marketing form whose submissions start the journey");
    }

    @Test
    void triggerRulesMustFitTheirSourceAndNameTheirLink() {
        EmailTile email = new EmailTile("e", "", "Offer", List.of(new EventTile("ev", "", "Summit")));
        TriggerTile trigger = new TriggerTile("t", "", RuleJoin.OR, List.of(
                new TriggerRule("e", TriggerCondition.CLICKED_LINK, ""),
                new TriggerRule("ev", TriggerCondition.OPENED, ""),
                new TriggerRule("g", TriggerCondition.DELIVERED, "")), Wait.forDuration(Duration.ofDays(1)),
                List.of(), List.of());
        assertThat(messages(journey(group(), email, trigger))).containsExactly(
                "error $.pipeline[2].rules[0].link: choose the link the contact must click",
                "warning $.pipeline[2].rules[1].condition: an event cannot be watched for \"opened\"; choose registered, attended",
                "warning $.pipeline[2].rules[2].condition: a trigger cannot watch a segment group; watch an email, text "
                        + "message, push notification, page, form or event");
    }

    @Test
    void aTriggerMayWatchTheTilesBeforeItOnItsPathAndTheirContent() {
        Journey journey = EveryTileJourney.journey();
        assertThat(rules.tilesBefore(journey.pipeline(), "t")).extracting(Tile::id)
                .containsExactly("g", "e", "p", "f", "ev");
        assertThat(rules.tilesBefore(journey.pipeline(), "v")).extracting(Tile::id)
                .containsExactly("g", "e", "p", "f", "ev", "t", "until", "pc");
        assertThat(rules.tilesBefore(journey.pipeline(), "s1")).isEmpty();
        assertThat(rules.tilesBefore(journey.pipeline(), "missing")).isEmpty();
        assertThat(rules.conditionsFor(TileType.EMAIL)).contains(TriggerCondition.CLICKED_LINK);
        assertThat(rules.conditionsFor(TileType.SCHEDULER)).isEmpty();
    }
}
