package org.waymark.ui.canvas;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.ContentTile;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.FormSubmittedStartTile;
import org.waymark.model.tile.LaunchWorkflowTile;
import org.waymark.model.tile.Membership;
import org.waymark.model.tile.PushNotificationTile;
import org.waymark.model.tile.RecordUpdatedStartTile;
import org.waymark.model.tile.ReleaseWindow;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.SegmentCombination;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentSource;
import org.waymark.model.tile.SegmentTile;
import org.waymark.model.tile.SmsTile;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerTile;
import org.waymark.model.tile.Wait;

/** The status line of a tile on the canvas: a short summary of how it is configured. */
public final class TileSummary {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    public String of(Tile tile) {
        if (tile instanceof SegmentGroupTile t) {
            return segmentGroup(t);
        } else if (tile instanceof SegmentTile t) {
            return segment(t);
        } else if (tile instanceof EmailTile t) {
            return orElse(t.email(), "No email chosen");
        } else if (tile instanceof ContentTile t) {
            return orElse(t.asset(), "No " + t.type().label().toLowerCase(Locale.ROOT) + " chosen");
        } else if (tile instanceof SmsTile t) {
            return orElse(t.message(), "No text message chosen");
        } else if (tile instanceof PushNotificationTile t) {
            return orElse(t.notification(), "No notification chosen");
        } else if (tile instanceof TriggerTile t) {
            return trigger(t);
        } else if (tile instanceof SplitterTile t) {
            return t.branches().size() + " branches by " + (t.mode() == SplitMode.PERCENTAGE ? "percentage" : "value");
        } else if (tile instanceof SchedulerTile t) {
            return scheduler(t);
        } else if (tile instanceof ActivityTile t) {
            return activity(t);
        } else if (tile instanceof CreateLeadTile t) {
            return perAccount(orElse(t.topic(), "No topic yet"), t.per());
        } else if (tile instanceof LaunchWorkflowTile t) {
            return perAccount(orElse(t.workflow(), "No workflow chosen"), t.per());
        } else if (tile instanceof FormSubmittedStartTile t) {
            return orElse(t.form(), "No form chosen");
        } else if (tile instanceof RecordUpdatedStartTile t) {
            String record = sentenceCase(t.record().name());
            return t.field() == null || t.field().isBlank() ? "Any change to a " + record.toLowerCase(Locale.ROOT)
                    : record + " " + t.field() + " changes";
        }
        return tile.type().label();
    }

    /** A wait as words: "3 days", "1 day 12 hours", "until 14 Mar 2027 09:00". */
    public String wait(Wait wait) {
        if (wait instanceof Wait.For f) {
            return duration(f.duration());
        }
        return "until " + moment(((Wait.Until) wait).moment());
    }

    static String duration(Duration duration) {
        List<String> parts = new ArrayList<>();
        addPart(parts, duration.toDays(), "day");
        addPart(parts, duration.toHoursPart(), "hour");
        addPart(parts, duration.toMinutesPart(), "minute");
        return parts.isEmpty() ? "no time" : String.join(" ", parts);
    }

    /** Weekdays as a range when they follow one another ("Mon–Fri"), else listed ("Mon, Wed"). */
    static String days(List<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        if (days.isEmpty()) {
            return "no day";
        }
        boolean consecutive = days.get(days.size() - 1).getValue() - days.get(0).getValue() == days.size() - 1;
        if (consecutive && days.size() > 2) {
            return shortName(days.get(0)) + "–" + shortName(days.get(days.size() - 1));
        }
        return String.join(", ", days.stream().map(TileSummary::shortName).toList());
    }

    private String segmentGroup(SegmentGroupTile group) {
        long included = group.segments().stream().filter(s -> s.membership() == Membership.INCLUDE).count();
        long excluded = group.segments().size() - included;
        if (group.segments().isEmpty()) {
            return "No segments yet";
        }
        String how = group.combination() == SegmentCombination.UNION ? "Union" : "Intersection";
        String text = how + " of " + plural(included, "segment");
        return excluded == 0 ? text : text + ", " + excluded + " excluded";
    }

    private String segment(SegmentTile segment) {
        String what = segment.source() == SegmentSource.SEGMENT ? "segment" : "subscription list";
        if (!segment.isConfigured()) {
            return "No " + what + " chosen";
        }
        return (segment.membership() == Membership.INCLUDE ? "Included " : "Excluded ") + what;
    }

    private String trigger(TriggerTile trigger) {
        String rules;
        if (trigger.rules().isEmpty()) {
            rules = "No rule yet";
        } else {
            rules = trigger.rules().get(0).condition().phrase();
            if (trigger.rules().size() > 1) {
                rules += " " + trigger.join().name().toLowerCase(Locale.ROOT) + " " + (trigger.rules().size() - 1)
                        + " more";
            }
        }
        return rules + " · timeout " + wait(trigger.timeout());
    }

    private String scheduler(SchedulerTile scheduler) {
        String text = "Wait " + wait(scheduler.delay());
        if (scheduler.releaseWindow() == null) {
            return text;
        }
        ReleaseWindow window = scheduler.releaseWindow();
        return text + ", " + days(window.orderedDays()) + " " + window.from() + "–" + window.to();
    }

    private String activity(ActivityTile activity) {
        String kind = sentenceCase(activity.kind().name());
        String owner = activity.owner() == null || activity.owner().isBlank() ? "the journey owner" : activity.owner();
        return perAccount(kind + " for " + owner, activity.per());
    }

    private static String perAccount(String text, ActionTarget per) {
        return per == ActionTarget.ACCOUNT ? text + " · per account" : text;
    }

    private static String moment(LocalDateTime moment) {
        return MOMENT.format(moment);
    }

    private static void addPart(List<String> parts, long amount, String unit) {
        if (amount > 0) {
            parts.add(plural(amount, unit));
        }
    }

    private static String plural(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String sentenceCase(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
