package org.waymark.model.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.waymark.model.journey.JourneyProblem.Severity;
import org.waymark.model.tile.BranchingTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.Membership;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;

/**
 * The rules a journey must follow beyond its file format ("check for errors"): how tiles may be arranged,
 * what triggers may watch, how splitters share contacts, and whether the schedule holds together.
 */
public final class JourneyRules {

    public List<JourneyProblem> check(Journey journey) {
        List<JourneyProblem> problems = new ArrayList<>();
        checkSchedule(journey.settings(), problems);
        List<Tile> pipeline = journey.pipeline();
        if (pipeline.isEmpty()) {
            problems.add(error("$.pipeline", "the pipeline is empty: start it with a segment group or an inbound start"));
        } else if (!pipeline.get(0).type().isStart()) {
            problems.add(error("$.pipeline[0]", "the first tile must be a segment group or an inbound start, not "
                    + pipeline.get(0).type().label().toLowerCase(java.util.Locale.ROOT)));
        }
        checkUniqueIds(pipeline, problems);
        new SequenceCheck(problems).sequence(pipeline, "$.pipeline", true, Set.of());
        return problems;
    }

    public boolean hasErrors(List<JourneyProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    private void checkSchedule(JourneySettings settings, List<JourneyProblem> problems) {
        Schedule schedule = settings.schedule();
        if (!schedule.endsAfterStart()) {
            problems.add(error("$.settings.end", "must be later than start"));
            return;
        }
        settings.recurring().ifPresent(r -> {
            long available = Duration.between(schedule.start(), schedule.end()).toDays();
            if (r.totalDays() > available) {
                problems.add(error("$.settings.recurrence", "interval " + r.intervalDays() + " days × count "
                        + r.count() + " = " + r.totalDays() + " days does not fit in the " + available
                        + " days between start and end"));
            }
        });
    }

    private void checkUniqueIds(List<Tile> pipeline, List<JourneyProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (TilePlace place : PipelineWalker.places(pipeline)) {
            if (!seen.add(place.tile().id())) {
                problems.add(error(place.path() + ".id", "\"" + place.tile().id() + "\" is used by an earlier tile"));
            }
        }
    }

    private static JourneyProblem error(String path, String message) {
        return new JourneyProblem(Severity.ERROR, path, message);
    }

    private static JourneyProblem warning(String path, String message) {
        return new JourneyProblem(Severity.WARNING, path, message);
    }

    /** Walks sequences knowing which tiles come before each tile (what a trigger may watch). */
    private static final class SequenceCheck {
        private final List<JourneyProblem> problems;

        SequenceCheck(List<JourneyProblem> problems) {
            this.problems = problems;
        }

        void sequence(List<Tile> tiles, String path, boolean top, Set<String> upstream) {
            Set<String> before = new HashSet<>(upstream);
            for (int i = 0; i < tiles.size(); i++) {
                Tile tile = tiles.get(i);
                String here = path + "[" + i + "]";
                if (tile.type().isStart() && !(top && i == 0)) {
                    problems.add(error(here, tile.type().label() + " can only be the first tile of the journey"));
                }
                if (tile.type().isContent()) {
                    problems.add(error(here, tile.type().label() + " tiles can only be inside an email tile"));
                }
                if (tile instanceof BranchingTile && i < tiles.size() - 1) {
                    problems.add(error(path + "[" + (i + 1) + "]", "no tile may follow a "
                            + tile.type().label().toLowerCase(java.util.Locale.ROOT) + "; put it on one of its paths"));
                }
                tileRules(tile, here, before);
                before.add(tile.id());
                if (tile instanceof EmailTile email) {
                    email.content().forEach(c -> before.add(c.id()));
                }
                if (tile instanceof TriggerTile trigger) {
                    sequence(trigger.whenTrue(), here + ".branches.true", false, before);
                    sequence(trigger.whenFalse(), here + ".branches.false", false, before);
                } else if (tile instanceof SplitterTile splitter) {
                    for (int b = 0; b < splitter.branches().size(); b++) {
                        sequence(splitter.branches().get(b).tiles(), here + ".branches[" + b + "].tiles", false, before);
                    }
                }
            }
        }

        private void tileRules(Tile tile, String path, Set<String> before) {
            if (tile instanceof SegmentGroupTile group) {
                segmentGroup(group, path);
            } else if (tile instanceof TriggerTile trigger) {
                trigger(trigger, path, before);
            } else if (tile instanceof SplitterTile splitter) {
                splitter(splitter, path);
            } else if (tile instanceof EmailTile email && email.email().isBlank()) {
                problems.add(warning(path + ".email", "choose the marketing email this tile sends"));
            }
        }

        private void segmentGroup(SegmentGroupTile group, String path) {
            if (group.segments().stream().noneMatch(s -> s.membership() == Membership.INCLUDE)) {
                problems.add(error(path + ".segments", "a segment group needs at least one included segment"));
            }
            for (int i = 0; i < group.segments().size(); i++) {
                if (!group.segments().get(i).isConfigured()) {
                    problems.add(warning(path + ".segments[" + i + "].segment", "choose a segment or subscription list"));
                }
            }
        }

        private void trigger(TriggerTile trigger, String path, Set<String> before) {
            if (trigger.rules().isEmpty()) {
                problems.add(error(path + ".rules", "a trigger needs at least one rule"));
            }
            for (int i = 0; i < trigger.rules().size(); i++) {
                TriggerRule rule = trigger.rules().get(i);
                if (!before.contains(rule.source())) {
                    problems.add(error(path + ".rules[" + i + "].source", "\"" + rule.source()
                            + "\" is not a tile before this trigger"));
                }
            }
        }

        private void splitter(SplitterTile splitter, String path) {
            List<SplitterBranch> branches = splitter.branches();
            for (int i = 0; i < branches.size() - 1; i++) {
                SplitterBranch branch = branches.get(i);
                String at = path + ".branches[" + i + "]";
                if (splitter.mode() == SplitMode.PERCENTAGE && branch.percent() == null) {
                    problems.add(error(at + ".percent", "every branch but the last needs a percentage"));
                }
                if (splitter.mode() == SplitMode.VALUE && branch.rule() == null) {
                    problems.add(error(at + ".rule", "every branch but the last needs a value rule"));
                }
            }
            if (splitter.mode() == SplitMode.PERCENTAGE && splitter.remainderPercent() < 0) {
                problems.add(error(path + ".branches", "the percentages add up to more than 100"));
            }
        }
    }
}
