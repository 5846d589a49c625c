package org.waymark.ui.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.Schedule;
import org.waymark.model.journey.TargetKind;
import org.waymark.model.tile.*;

/**
 * A large, valid journey for the designer benchmark, the same every time: a segment group, then runs of
 * emails (some holding pages, forms and events), schedulers, texts, pushes and internal actions, each run
 * ending in a trigger (both paths filled) or a three-way splitter whose paths continue the same way, until
 * exactly the asked number of tiles (nested ones included) is placed.
 */
public final class BenchmarkJourney {

    public static final int DEFAULT_TILES = 1_000;
    /** Linear tiles in a run before the next trigger or splitter. */
    static final int RUN = 5;
    /** A run only branches when at least this many tiles are left for it. */
    static final int MIN_BRANCH = 8;

    private static final String[] EMAILS = {"White paper offer", "White paper reminder", "Monthly newsletter",
            "Webinar invitation", "Welcome to Bluefield", "Customer summit invitation", "Thanks for your interest"};
    private static final int SEGMENT_GROUP_TILES = 4;

    /** A journey of exactly {@code tiles} tiles; at least 5. */
    public Journey create(int tiles) {
        if (tiles < SEGMENT_GROUP_TILES + 1) {
            throw new IllegalArgumentException("a benchmark journey needs at least 5 tiles");
        }
        Builder builder = new Builder();
        List<Tile> pipeline = new ArrayList<>();
        pipeline.add(new SegmentGroupTile("audience", "Benchmark audience", SegmentCombination.UNION, List.of(
                new SegmentTile("segment-1", "Newsletter subscribers", SegmentSource.SEGMENT,
                        "Newsletter subscribers in New York", Membership.INCLUDE),
                new SegmentTile("segment-2", "Product updates list", SegmentSource.SUBSCRIPTION_LIST, "Product updates",
                        Membership.INCLUDE),
                new SegmentTile("segment-3", "Do not contact", SegmentSource.SEGMENT, "Do not contact",
                        Membership.EXCLUDE))));
        pipeline.addAll(builder.chain(tiles - SEGMENT_GROUP_TILES, null));
        LocalDateTime start = LocalDateTime.of(2027, 1, 4, 9, 0);
        JourneySettings settings = new JourneySettings("Benchmark journey (" + tiles + " tiles)",
                "Generated for the designer benchmark", "", "", TargetKind.CONTACTS, ConsentLevel.MARKETING,
                BusinessUnitScope.ORGANIZATION, new Schedule(start, start.plusDays(180), ZoneId.of("America/New_York")),
                "", null, null, JourneyStatus.DRAFT, List.of());
        return new Journey(settings, pipeline);
    }

    /** Hands out ids and picks tiles in a fixed rotation. */
    private static final class Builder {
        private int serial;
        private int branchings;

        private String id(String type) {
            return type + "-" + (++serial);
        }

        /** Exactly {@code budget} tiles; {@code watched} is an email before this path a trigger may watch. */
        List<Tile> chain(int budget, String watched) {
            List<Tile> out = new ArrayList<>();
            int left = budget;
            int run = 0;
            String email = watched;
            while (left > 0) {
                if (email != null && run >= RUN && left >= MIN_BRANCH) {
                    out.add(branching(left - 1, email));
                    return out;
                }
                Tile tile = linear(run, left);
                if (tile instanceof EmailTile e) {
                    email = e.id();
                    left -= 1 + e.content().size();
                } else {
                    left -= 1;
                }
                out.add(tile);
                run++;
            }
            return out;
        }

        private Tile linear(int position, int left) {
            int n = serial + 1;
            return switch (position % 9) {
                case 0, 3, 6 -> email(Math.min(n % 3, left - 1));
                case 1 -> new SchedulerTile(id("scheduler"), "Wait " + (n % 5 + 1) + " days",
                        Wait.forDuration(Duration.ofDays(n % 5 + 1L)), null);
                case 2 -> new SmsTile(id("sms"), "Text " + n, "Welcome text");
                case 4 -> new ActivityTile(id("activity"), "Call " + n, ActivityKind.PHONE_CALL, "Follow up " + n, "",
                        ActionTarget.CONTACT);
                case 5 -> new SchedulerTile(id("scheduler"), "Office hours " + n, Wait.forDuration(Duration.ofHours(12)),
                        new ReleaseWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                                LocalTime.of(17, 0)));
                case 7 -> new PushNotificationTile(id("push"), "Push " + n, "New feature push");
                default -> n % 2 == 0 ? new CreateLeadTile(id("lead"), "Lead " + n, "Benchmark topic " + n, ActionTarget.CONTACT)
                        : new LaunchWorkflowTile(id("workflow"), "Workflow " + n, "Lead scoring", ActionTarget.CONTACT);
            };
        }

        private EmailTile email(int contentTiles) {
            String id = id("email");
            List<ContentTile> content = new ArrayList<>();
            for (int i = 0; i < contentTiles; i++) {
                content.add(i == 0 ? new MarketingPageTile(id("page"), "Landing page", "Playbook download page")
                        : new EventTile(id("event"), "Webinar", "Journeys that convert webinar"));
            }
            return new EmailTile(id, "Email " + serial, EMAILS[serial % EMAILS.length], content);
        }

        /** A trigger (60 % / 40 % of {@code budget}) or every third time a three-way splitter. */
        private Tile branching(int budget, String email) {
            branchings++;
            if (branchings % 3 == 0) {
                String id = id("splitter");
                int a = Math.max(1, budget * 4 / 10);
                int b = Math.max(1, budget * 3 / 10);
                int c = budget - a - b;
                return new SplitterTile(id, "Split " + serial, SplitMode.PERCENTAGE, List.of(
                        new SplitterBranch("a", "Group A", 40, null, chain(a, email)),
                        new SplitterBranch("b", "Group B", 30, null, chain(b, email)),
                        new SplitterBranch("c", "Everyone else", null, null, chain(c, email))));
            }
            String id = id("trigger");
            int yes = (budget * 6 + 9) / 10;
            int no = budget - yes;
            TriggerRule rule = new TriggerRule(email, branchings % 2 == 0 ? TriggerCondition.OPENED : TriggerCondition.CLICKED, "");
            return new TriggerTile(id, "Responded " + serial + "?", RuleJoin.OR, List.of(rule),
                    Wait.forDuration(Duration.ofDays(3)), chain(yes, email), chain(no, email));
        }
    }
}
