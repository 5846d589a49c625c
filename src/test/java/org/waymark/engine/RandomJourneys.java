package org.waymark.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.waymark.model.interaction.InteractionBatch;
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
import org.waymark.model.tile.ReleaseWindow;
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
import org.waymark.model.tile.ValueOperator;
import org.waymark.model.tile.ValueRule;
import org.waymark.model.tile.Wait;

/**
 * Random journeys and populations for property tests, from a seeded {@link Random}: segment groups over the
 * segments "A", "B", "C" and the list "News", every kind of tile, triggers watching earlier tiles of their path,
 * recurrence, gates. Asset names are unique per tile.
 */
final class RandomJourneys {

    static final List<String> SEGMENTS = List.of("A", "B", "C", "News");
    private static final List<String> CITIES = List.of("Paris", "Boston", "Berlin", "Sydney");

    private final Random random;
    private int next;

    RandomJourneys(long seed) {
        this.random = new Random(seed);
    }

    Journey journey() {
        next = 0;
        List<Tile> pipeline = new ArrayList<>();
        pipeline.add(segmentGroup());
        pipeline.addAll(sequence(3, new ArrayList<>()));
        return new Journey(settings(), pipeline);
    }

    Population population(int contacts) {
        Population.Builder builder = Population.builder().businessUnit(1, InteractionBatch.NONE)
                .businessUnit(2, 1).businessUnit(3, 2).businessUnit(4, InteractionBatch.NONE)
                .segmentKind("News", "SUBSCRIPTION_LIST");
        long account = 1000;
        for (int i = 0; i < contacts; i++) {
            if (random.nextInt(6) == 0) {
                account++;
            }
            long id = 10 + 3L * i;
            long accountOf = random.nextInt(20) == 0 ? InteractionBatch.NONE : account;
            builder.contact(id, accountOf, 1 + random.nextInt(4), random.nextInt(6), pick(CITIES), "Somewhere",
                    random.nextBoolean() ? "Marketing manager" : "Engineer");
            for (String segment : SEGMENTS) {
                int roll = random.nextInt(10);
                if (roll < 5) {
                    builder.member(segment, id);
                } else if (roll == 5) {
                    builder.memberSince(segment, id, TestJourneys.T0 + random.nextInt(40) * TestJourneys.DAY / 2);
                }
            }
            int suppressed = random.nextInt(30);
            if (suppressed == 0) {
                builder.member("Suppressed", id);
            } else if (suppressed == 1) {
                builder.memberSince("Suppressed", id, TestJourneys.T0 + random.nextInt(20 * 24) * 3600L);
            }
        }
        return builder.build();
    }

    private JourneySettings settings() {
        int days = 5 + random.nextInt(40);
        Recurrence recurrence = null;
        if (random.nextInt(3) == 0) {
            int interval = 2 + random.nextInt(7);
            recurrence = new Recurrence(interval, Math.max(1, Math.min(1 + random.nextInt(4), days / interval)));
        }
        TargetKind target = random.nextBoolean() ? TargetKind.CONTACTS : TargetKind.ACCOUNTS;
        return new JourneySettings("Random", "", "", "", target,
                ConsentLevel.ofRank(random.nextInt(5)),
                random.nextBoolean() ? BusinessUnitScope.ORGANIZATION : BusinessUnitScope.BUSINESS_UNIT,
                new Schedule(TestJourneys.START, TestJourneys.START.plusDays(days), ZoneOffset.UTC), "",
                recurrence, random.nextBoolean() ? "Suppressed" : null, JourneyStatus.LIVE, List.of());
    }

    private SegmentGroupTile segmentGroup() {
        List<SegmentTile> segments = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String segment = pick(SEGMENTS);
            Membership membership = i > 0 && random.nextInt(3) == 0 ? Membership.EXCLUDE : Membership.INCLUDE;
            segments.add(new SegmentTile(id(), "", segment.equals("News") ? SegmentSource.SUBSCRIPTION_LIST
                    : SegmentSource.SEGMENT, segment, membership));
        }
        return new SegmentGroupTile(id(), "", random.nextBoolean() ? SegmentCombination.UNION
                : SegmentCombination.INTERSECTION, segments);
    }

    /** A sequence of up to a few tiles; {@code earlier} holds the ids of the tiles before it on its path. */
    private List<Tile> sequence(int depth, List<String> earlier) {
        List<Tile> tiles = new ArrayList<>();
        List<String> path = new ArrayList<>(earlier);
        int length = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            Tile tile = tile(path);
            tiles.add(tile);
            path.add(tile.id());
            if (tile instanceof EmailTile email) {
                email.content().forEach(c -> path.add(c.id()));
            }
        }
        if (depth > 0 && random.nextInt(3) > 0) {
            tiles.add(random.nextBoolean() ? trigger(depth, path) : splitter(depth, path));
        }
        return tiles;
    }

    private Tile tile(List<String> path) {
        String id = id();
        return switch (random.nextInt(8)) {
            case 0, 1 -> new EmailTile(id, "", "Email " + id, content());
            case 2 -> new SmsTile(id, "", "Sms " + id);
            case 3 -> new PushNotificationTile(id, "", "Push " + id);
            case 4 -> new SchedulerTile(id, "", Wait.forDuration(Duration.ofHours(random.nextInt(72))),
                    random.nextBoolean() ? null : new ReleaseWindow(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                            LocalTime.of(8, 0), LocalTime.of(12, 0)));
            case 5 -> new ActivityTile(id, "", ActivityKind.TASK, "Task",
                    "", randomTarget());
            case 6 -> new CreateLeadTile(id, "", "Topic", randomTarget());
            default -> new LaunchWorkflowTile(id, "", "Flow", randomTarget());
        };
    }

    private List<ContentTile> content() {
        List<ContentTile> content = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String id = id();
            content.add(switch (random.nextInt(3)) {
                case 0 -> new MarketingPageTile(id, "", "Page " + id);
                case 1 -> new MarketingFormTile(id, "", "Form " + id);
                default -> new EventTile(id, "", "Event " + id);
            });
        }
        return content;
    }

    private TriggerTile trigger(int depth, List<String> path) {
        List<TriggerRule> rules = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count && !path.isEmpty(); i++) {
            TriggerCondition condition = TriggerCondition.values()[random.nextInt(TriggerCondition.values().length)];
            String link = condition == TriggerCondition.CLICKED_LINK ? "Link" : null;
            rules.add(new TriggerRule(pick(path), condition, link));
        }
        String id = id();
        Wait timeout = random.nextInt(5) == 0 ? null : Wait.forDuration(Duration.ofHours(1 + random.nextInt(200)));
        List<String> after = new ArrayList<>(path);
        after.add(id);
        return new TriggerTile(id, "", random.nextBoolean() ? RuleJoin.AND : RuleJoin.OR, rules, timeout,
                sequence(depth - 1, after), sequence(depth - 1, after));
    }

    private SplitterTile splitter(int depth, List<String> path) {
        String id = id();
        List<String> after = new ArrayList<>(path);
        after.add(id);
        boolean byValue = random.nextInt(3) == 0;
        List<SplitterBranch> branches = new ArrayList<>();
        int count = 2 + random.nextInt(2);
        int left = 100;
        for (int b = 0; b < count; b++) {
            boolean last = b == count - 1;
            Integer percent = byValue || last ? null : random.nextInt(left + 1);
            left -= percent == null ? 0 : percent;
            ValueRule rule = byValue && !last ? new ValueRule("city", ValueOperator.EQUALS, pick(CITIES)) : null;
            branches.add(new SplitterBranch(id + "-" + b, "Branch " + b, percent, rule, sequence(depth - 1, after)));
        }
        return new SplitterTile(id, "", byValue ? SplitMode.VALUE : SplitMode.PERCENTAGE, branches);
    }

    private ActionTarget randomTarget() {
        return random.nextBoolean() ? ActionTarget.CONTACT : ActionTarget.ACCOUNT;
    }

    private String id() {
        return "t" + next++;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
