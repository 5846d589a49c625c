package org.waymark.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.Recurrence;
import org.waymark.model.journey.Schedule;
import org.waymark.model.journey.TargetKind;
import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.ActivityKind;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.ContentTile;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.EventTile;
import org.waymark.model.tile.LaunchWorkflowTile;
import org.waymark.model.tile.MarketingFormTile;
import org.waymark.model.tile.MarketingPageTile;
import org.waymark.model.tile.Membership;
import org.waymark.model.tile.PushNotificationTile;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.SchedulerTile;
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
import org.waymark.model.tile.ValueRule;
import org.waymark.model.tile.Wait;

/** Small journeys for the engine's tests, written tile by tile; all in UTC from {@link #START}. */
final class TestJourneys {

    /** Monday 1 March 2027, 09:00 UTC. */
    static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 9, 0);
    static final Instant START_INSTANT = START.toInstant(ZoneOffset.UTC);
    static final long T0 = START_INSTANT.getEpochSecond();
    static final long HOUR = 3600;
    static final long DAY = 86_400;

    private TestJourneys() {
    }

    static JourneySettings settings(TargetKind target) {
        return new JourneySettings("Test journey", "", "", "", target, ConsentLevel.NONE,
                BusinessUnitScope.ORGANIZATION, new Schedule(START, START.plusDays(60), ZoneOffset.UTC), "", null,
                null, JourneyStatus.LIVE, List.of());
    }

    static JourneySettings settings() {
        return settings(TargetKind.CONTACTS);
    }

    static JourneySettings withConsent(JourneySettings s, ConsentLevel minimum) {
        return new JourneySettings(s.name(), s.description(), s.owner(), s.businessUnit(), s.target(), minimum,
                s.scope(), s.schedule(), s.contentSettings(), s.recurrence(), s.suppressionSegment(), s.status(),
                s.milestones());
    }

    static JourneySettings withScope(JourneySettings s, BusinessUnitScope scope) {
        return new JourneySettings(s.name(), s.description(), s.owner(), s.businessUnit(), s.target(),
                s.minimumConsent(), scope, s.schedule(), s.contentSettings(), s.recurrence(),
                s.suppressionSegment(), s.status(), s.milestones());
    }

    static JourneySettings withSuppression(JourneySettings s, String segment) {
        return new JourneySettings(s.name(), s.description(), s.owner(), s.businessUnit(), s.target(),
                s.minimumConsent(), s.scope(), s.schedule(), s.contentSettings(), s.recurrence(), segment,
                s.status(), s.milestones());
    }

    static JourneySettings withSchedule(JourneySettings s, LocalDateTime start, LocalDateTime end) {
        return new JourneySettings(s.name(), s.description(), s.owner(), s.businessUnit(), s.target(),
                s.minimumConsent(), s.scope(), new Schedule(start, end, ZoneOffset.UTC), s.contentSettings(),
                s.recurrence(), s.suppressionSegment(), s.status(), s.milestones());
    }

    static JourneySettings withRecurrence(JourneySettings s, int intervalDays, int count) {
        return new JourneySettings(s.name(), s.description(), s.owner(), s.businessUnit(), s.target(),
                s.minimumConsent(), s.scope(), s.schedule(), s.contentSettings(),
                new Recurrence(intervalDays, count), s.suppressionSegment(), s.status(), s.milestones());
    }

    static Journey journey(JourneySettings settings, Tile... pipeline) {
        return new Journey(settings, Arrays.asList(pipeline));
    }

    static Journey journey(Tile... pipeline) {
        return journey(settings(), pipeline);
    }

    static SegmentGroupTile union(String id, SegmentTile... segments) {
        return new SegmentGroupTile(id, "", SegmentCombination.UNION, Arrays.asList(segments));
    }

    static SegmentGroupTile intersection(String id, SegmentTile... segments) {
        return new SegmentGroupTile(id, "", SegmentCombination.INTERSECTION, Arrays.asList(segments));
    }

    static SegmentTile include(String id, String segment) {
        return new SegmentTile(id, "", SegmentSource.SEGMENT, segment, Membership.INCLUDE);
    }

    static SegmentTile includeList(String id, String list) {
        return new SegmentTile(id, "", SegmentSource.SUBSCRIPTION_LIST, list, Membership.INCLUDE);
    }

    static SegmentTile exclude(String id, String segment) {
        return new SegmentTile(id, "", SegmentSource.SEGMENT, segment, Membership.EXCLUDE);
    }

    static EmailTile email(String id, String asset, ContentTile... content) {
        return new EmailTile(id, "", asset, Arrays.asList(content));
    }

    static MarketingPageTile page(String id, String asset) {
        return new MarketingPageTile(id, "", asset);
    }

    static MarketingFormTile form(String id, String asset) {
        return new MarketingFormTile(id, "", asset);
    }

    static EventTile event(String id, String asset) {
        return new EventTile(id, "", asset);
    }

    static SmsTile sms(String id, String asset) {
        return new SmsTile(id, "", asset);
    }

    static PushNotificationTile push(String id, String asset) {
        return new PushNotificationTile(id, "", asset);
    }

    static TriggerRule rule(String source, TriggerCondition condition) {
        return new TriggerRule(source, condition, null);
    }

    static TriggerRule clickedLink(String source, String link) {
        return new TriggerRule(source, TriggerCondition.CLICKED_LINK, link);
    }

    static TriggerTile trigger(String id, RuleJoin join, Duration timeout, List<TriggerRule> rules,
                               List<Tile> whenTrue, List<Tile> whenFalse) {
        return new TriggerTile(id, "", join, rules, timeout == null ? null : Wait.forDuration(timeout), whenTrue,
                whenFalse);
    }

    static SplitterTile percentSplit(String id, int firstPercent, List<Tile> first, List<Tile> rest) {
        return new SplitterTile(id, "", SplitMode.PERCENTAGE, List.of(
                new SplitterBranch(id + "-a", "A", firstPercent, null, first),
                new SplitterBranch(id + "-b", "B", null, null, rest)));
    }

    static SplitterTile valueSplit(String id, ValueRule rule, List<Tile> matching, List<Tile> rest) {
        return new SplitterTile(id, "", SplitMode.VALUE, List.of(
                new SplitterBranch(id + "-a", "Matching", null, rule, matching),
                new SplitterBranch(id + "-b", "Everyone else", null, null, rest)));
    }

    static SchedulerTile waitFor(String id, Duration duration) {
        return new SchedulerTile(id, "", Wait.forDuration(duration), null);
    }

    static ActivityTile activity(String id, ActionTarget per) {
        return new ActivityTile(id, "", ActivityKind.PHONE_CALL, "Call them", "", per);
    }

    static CreateLeadTile lead(String id, ActionTarget per) {
        return new CreateLeadTile(id, "", "Interested", per);
    }

    static LaunchWorkflowTile workflow(String id, ActionTarget per) {
        return new LaunchWorkflowTile(id, "", "Follow up", per);
    }

    /** A request over the first {@code days} days from {@link #START}, one thread. */
    static SimulationRequest request(Journey journey, Population population, String model, long days) {
        return new SimulationRequest(journey, population, TestModels.model(model), 42, START_INSTANT,
                Duration.ofDays(days), 1, org.waymark.model.interaction.InteractionBatch.NONE);
    }

    static SimulationResult simulate(Journey journey, Population population, String model, long days) {
        return new Simulator().run(request(journey, population, model, days), SimulationProgress.NONE);
    }
}
