package org.waymark.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.Milestone;
import org.waymark.model.journey.MilestoneKind;
import org.waymark.model.journey.Recurrence;
import org.waymark.model.journey.Schedule;
import org.waymark.model.journey.TargetKind;
import org.waymark.model.tile.*;

/** A journey that uses every tile type and every optional setting, for round-trip tests. */
public final class EveryTileJourney {

    private EveryTileJourney() {
    }

    public static JourneySettings settings() {
        return new JourneySettings("Every tile", "Uses \"everything\" — ünïcödé too", "Avery", "Americas",
                TargetKind.ACCOUNTS, ConsentLevel.MARKETING, BusinessUnitScope.BUSINESS_UNIT,
                new Schedule(LocalDateTime.of(2026, 1, 1, 9, 0), LocalDateTime.of(2026, 6, 30, 18, 0),
                        ZoneId.of("Europe/Paris")),
                "Default content", new Recurrence(30, 5), "Do not contact", JourneyStatus.LIVE,
                List.of(new Milestone(Instant.parse("2026-01-01T08:00:00Z"), MilestoneKind.WENT_LIVE, "go")));
    }

    public static Journey journey() {
        SegmentGroupTile group = new SegmentGroupTile("g", "Audience", SegmentCombination.INTERSECTION, List.of(
                new SegmentTile("s1", "NY", SegmentSource.SEGMENT, "Newsletter subscribers in New York", Membership.INCLUDE),
                new SegmentTile("s2", "List", SegmentSource.SUBSCRIPTION_LIST, "Newsletter", Membership.EXCLUDE)));
        EmailTile email = new EmailTile("e", "Offer", "White paper offer", List.of(
                new MarketingPageTile("p", "Page", "Playbook page"),
                new MarketingFormTile("f", "Form", "Sign-up form"),
                new EventTile("ev", "Webinar", "Webinar")));
        SplitterTile byValue = new SplitterTile("v", "By city", SplitMode.VALUE, List.of(
                new SplitterBranch("b1", "Boston", null, new ValueRule("city", ValueOperator.EQUALS, "Boston"),
                        List.of(new SmsTile("sms", "Text", "Welcome text"))),
                new SplitterBranch("b2", "Others", null, null,
                        List.of(new PushNotificationTile("push", "Push", "Welcome push")))));
        SplitterTile byShare = new SplitterTile("pc", "A/B", SplitMode.PERCENTAGE, List.of(
                new SplitterBranch("a", "A", 30, null, List.of(
                        new ActivityTile("act", "Call", ActivityKind.PHONE_CALL, "Call them", "Sales", ActionTarget.ACCOUNT))),
                new SplitterBranch("b", "B", 30, null, List.of(
                        new LaunchWorkflowTile("wf", "Workflow", "Lead scoring", ActionTarget.CONTACT))),
                new SplitterBranch("c", "C", null, null, List.of(byValue))));
        TriggerTile trigger = new TriggerTile("t", "Clicked?", RuleJoin.OR, List.of(
                new TriggerRule("e", TriggerCondition.CLICKED_LINK, "Download"),
                new TriggerRule("ev", TriggerCondition.REGISTERED, "")),
                Wait.forDuration(Duration.ofDays(7)),
                List.of(new CreateLeadTile("lead", "Lead", "Playbook", ActionTarget.ACCOUNT),
                        new SchedulerTile("sch", "Wait", Wait.forDuration(Duration.ofHours(36)),
                                new ReleaseWindow(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                                        LocalTime.of(9, 0), LocalTime.of(17, 30)))),
                List.of(new SchedulerTile("until", "Until spring", Wait.until(LocalDateTime.of(2026, 3, 1, 9, 0)), null),
                        byShare));
        return new Journey(settings(), List.of(group, email, trigger));
    }

    /** A second pipeline for the two inbound starts (only one start may lead a journey). */
    public static List<Journey> inboundJourneys() {
        return List.of(
                new Journey(settings(), List.of(new FormSubmittedStartTile("in", "Signed up", "Sign-up form"))),
                new Journey(settings(), List.of(new RecordUpdatedStartTile("in", "Changed", RecordKind.LEAD, "score"))));
    }
}
