package org.waymark.model.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.journey.JourneyProblem.Severity;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.BranchingTile;
import org.waymark.model.tile.ContentTile;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.FormSubmittedStartTile;
import org.waymark.model.tile.LaunchWorkflowTile;
import org.waymark.model.tile.Membership;
import org.waymark.model.tile.PushNotificationTile;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SmsTile;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;

/**
 * The rules a journey must follow beyond its file format ("check for errors"): how tiles may be arranged,
 * what triggers may watch, how splitters share contacts, whether the schedule holds together, and which
 * tiles are not configured yet (warnings). Built with an {@link AssetCatalog}, it also reports every tile whose
 * marketing asset is a draft or missing ({@link AssetReadiness}): errors, as such a journey cannot go live.
 */
public final class JourneyRules {

    private final AssetReadiness assets;

    /** The rules of the journey alone, without looking at the store's assets (files, simulation). */
    public JourneyRules() {
        this.assets = null;
    }

    /** The rules plus the assets' readiness: what the designer's "check for errors" and Go live use. */
    public JourneyRules(AssetCatalog catalog) {
        this.assets = new AssetReadiness(catalog);
    }

    public List<JourneyProblem> check(Journey journey) {
        List<JourneyProblem> problems = new ArrayList<>();
        checkSchedule(journey.settings(), problems);
        List<Tile> pipeline = journey.pipeline();
        if (pipeline.isEmpty()) {
            problems.add(error("$.pipeline", "the pipeline is empty: start it with a segment group or an inbound start"));
        } else if (!pipeline.get(0).type().isStart()) {
            problems.add(error("$.pipeline[0]", "the first tile must be a segment group or an inbound start, not "
                    + lower(pipeline.get(0).type())));
        }
        checkUniqueIds(pipeline, problems);
        walk(pipeline, "$.pipeline", true, List.of(), new SequenceCheck(problems));
        if (assets != null) {
            problems.addAll(assets.check(journey));
        }
        return problems;
    }

    public boolean hasErrors(List<JourneyProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /**
     * The tiles a trigger standing where {@code tileId} is may watch: every tile before it on its path,
     * including the pages, forms and events inside earlier emails, in reading order. Empty when the tile is
     * not on a path of the pipeline.
     */
    public List<Tile> tilesBefore(List<Tile> pipeline, String tileId) {
        List<Tile> found = new ArrayList<>();
        walk(pipeline, "$.pipeline", true, List.of(), (tile, path, index, sequence, top, before) -> {
            if (tile.id().equals(tileId) && found.isEmpty()) {
                found.addAll(before);
            }
        });
        return found;
    }

    /** What a trigger can wait for about a tile of this type, most used first; empty when it cannot watch it. */
    public List<TriggerCondition> conditionsFor(TileType type) {
        return switch (type) {
            case EMAIL -> List.of(TriggerCondition.OPENED, TriggerCondition.CLICKED, TriggerCondition.CLICKED_LINK,
                    TriggerCondition.DELIVERED, TriggerCondition.BOUNCED, TriggerCondition.ATTACHMENT_VIEWED);
            case SMS -> List.of(TriggerCondition.DELIVERED, TriggerCondition.CLICKED);
            case PUSH_NOTIFICATION -> List.of(TriggerCondition.OPENED, TriggerCondition.DELIVERED);
            case MARKETING_PAGE -> List.of(TriggerCondition.PAGE_VISITED);
            case MARKETING_FORM -> List.of(TriggerCondition.FORM_SUBMITTED, TriggerCondition.PAGE_VISITED);
            case EVENT -> List.of(TriggerCondition.REGISTERED, TriggerCondition.ATTENDED);
            default -> List.of();
        };
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

    /** Sees each tile of a path with the tiles before it (what a trigger there may watch). */
    private interface Visitor {
        void visit(Tile tile, String path, int index, List<Tile> sequence, boolean top, List<Tile> before);
    }

    private static void walk(List<Tile> tiles, String path, boolean top, List<Tile> upstream, Visitor visitor) {
        List<Tile> before = new ArrayList<>(upstream);
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
            String here = path + "[" + i + "]";
            visitor.visit(tile, here, i, tiles, top, List.copyOf(before));
            before.add(tile);
            if (tile instanceof EmailTile email) {
                before.addAll(email.content());
            }
            if (tile instanceof TriggerTile trigger) {
                walk(trigger.whenTrue(), here + ".branches.true", false, before, visitor);
                walk(trigger.whenFalse(), here + ".branches.false", false, before, visitor);
            } else if (tile instanceof SplitterTile splitter) {
                for (int b = 0; b < splitter.branches().size(); b++) {
                    walk(splitter.branches().get(b).tiles(), here + ".branches[" + b + "].tiles", false, before, visitor);
                }
            }
        }
    }

    private static JourneyProblem error(String path, String message) {
        return new JourneyProblem(Severity.ERROR, path, message);
    }

    private static JourneyProblem warning(String path, String message) {
        return new JourneyProblem(Severity.WARNING, path, message);
    }

    private static String lower(TileType type) {
        return type.label().toLowerCase(Locale.ROOT);
    }

    private static String article(TileType type) {
        String label = lower(type);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The rules for each tile where it stands. */
    private final class SequenceCheck implements Visitor {
        private final List<JourneyProblem> problems;

        SequenceCheck(List<JourneyProblem> problems) {
            this.problems = problems;
        }

        @Override
        public void visit(Tile tile, String here, int index, List<Tile> sequence, boolean top, List<Tile> before) {
            if (tile.type().isStart() && !(top && index == 0)) {
                problems.add(error(here, tile.type().label() + " can only be the first tile of the journey"));
            }
            if (tile.type().isContent()) {
                problems.add(error(here, tile.type().label() + " tiles can only be inside an email tile"));
            }
            if (tile instanceof BranchingTile && index < sequence.size() - 1) {
                problems.add(error(here.substring(0, here.lastIndexOf('[')) + "[" + (index + 1) + "]",
                        "no tile may follow a " + lower(tile.type()) + "; put it on one of its paths"));
            }
            if (tile instanceof SegmentGroupTile group) {
                segmentGroup(group, here);
            } else if (tile instanceof TriggerTile trigger) {
                trigger(trigger, here, before);
            } else if (tile instanceof SplitterTile splitter) {
                splitter(splitter, here);
            } else if (tile instanceof EmailTile email) {
                email(email, here);
            } else {
                incomplete(tile, here);
            }
        }

        private void incomplete(Tile tile, String path) {
            if (tile instanceof ContentTile content && blank(content.asset())) {
                problems.add(warning(path + ".asset", "choose the " + lower(tile.type()) + " this tile stands for"));
            } else if (tile instanceof SmsTile sms && blank(sms.message())) {
                problems.add(warning(path + ".message", "choose the text message this tile sends"));
            } else if (tile instanceof PushNotificationTile push && blank(push.notification())) {
                problems.add(warning(path + ".notification", "choose the push notification this tile sends"));
            } else if (tile instanceof ActivityTile activity && blank(activity.subject())) {
                problems.add(warning(path + ".subject", "give the activity a subject"));
            } else if (tile instanceof CreateLeadTile lead && blank(lead.topic())) {
                problems.add(warning(path + ".topic", "give the lead a topic"));
            } else if (tile instanceof LaunchWorkflowTile workflow && blank(workflow.workflow())) {
                problems.add(warning(path + ".workflow", "name the workflow to launch"));
            } else if (tile instanceof FormSubmittedStartTile start && blank(start.form())) {
                problems.add(warning(path + ".form", "choose the marketing form whose submissions start the journey"));
            }
        }

        private void email(EmailTile email, String path) {
            if (blank(email.email())) {
                problems.add(warning(path + ".email", "choose the marketing email this tile sends"));
            }
            for (int i = 0; i < email.content().size(); i++) {
                incomplete(email.content().get(i), path + ".content[" + i + "]");
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

        private void trigger(TriggerTile trigger, String path, List<Tile> before) {
            if (trigger.rules().isEmpty()) {
                problems.add(error(path + ".rules", "a trigger needs at least one rule"));
            }
            for (int i = 0; i < trigger.rules().size(); i++) {
                TriggerRule rule = trigger.rules().get(i);
                String at = path + ".rules[" + i + "]";
                Tile source = before.stream().filter(t -> t.id().equals(rule.source())).findFirst().orElse(null);
                if (source == null) {
                    problems.add(error(at + ".source", "\"" + rule.source() + "\" is not a tile before this trigger"));
                } else if (!conditionsFor(source.type()).contains(rule.condition())) {
                    problems.add(warning(at + ".condition", conditionMismatch(source, rule.condition())));
                }
                if (rule.condition() == TriggerCondition.CLICKED_LINK && blank(rule.link())) {
                    problems.add(error(at + ".link", "choose the link the contact must click"));
                }
            }
        }

        private String conditionMismatch(Tile source, TriggerCondition condition) {
            List<TriggerCondition> possible = conditionsFor(source.type());
            if (possible.isEmpty()) {
                return "a trigger cannot watch " + article(source.type())
                        + "; watch an email, text message, push notification, page, form or event";
            }
            return article(source.type()) + " cannot be watched for \"" + condition.phrase() + "\"; choose "
                    + String.join(", ", possible.stream().map(TriggerCondition::phrase).toList());
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
