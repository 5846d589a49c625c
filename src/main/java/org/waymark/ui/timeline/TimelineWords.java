package org.waymark.ui.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.waymark.model.timeline.ShownZone;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.model.timeline.RelativeTime;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.model.timeline.TimelineWording;

/**
 * Puts timeline items into words and groups them under day headings, in the user's time zone ({@link ShownZone};
 * the store keeps UTC), relative to {@code now} (UTC too): "just now", "5 minutes ago", "3 hours ago",
 * "yesterday", "4 days ago", then the date.
 */
public final class TimelineWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final TimelineWording wording = new TimelineWording();
    private final RelativeTime relativeTime = new RelativeTime();
    private final ShownZone zone;

    public TimelineWords(ShownZone zone) {
        this.zone = zone;
    }

    /**
     * The rows for {@code items} (newest first) appended after {@code previous}, the last item already shown (null
     * for the first page): a heading starts each new day.
     */
    public List<TimelineRow> rows(List<TimelineItem> items, TimelineItem previous, TimelineProfile profile,
                                  LocalDateTime now) {
        List<TimelineRow> rows = new ArrayList<>();
        LocalDate day = previous == null ? null : zone.shown(previous.occurredAt()).toLocalDate();
        LocalDate today = zone.shown(now).toLocalDate();
        for (TimelineItem item : items) {
            LocalDate itemDay = zone.shown(item.occurredAt()).toLocalDate();
            if (!itemDay.equals(day)) {
                rows.add(new TimelineRow.DayHeader(dayLabel(itemDay, today)));
                day = itemDay;
            }
            rows.add(entry(item, profile, now));
        }
        return rows;
    }

    public TimelineRow.Entry entry(TimelineItem item, TimelineProfile profile, LocalDateTime now) {
        String who = !profile.isAccount() ? "" : item.hasContact() ? item.contactName() : "Account only";
        return new TimelineRow.Entry(item, wording.headline(item), relative(item.occurredAt(), now),
                exact(item.occurredAt()), item.assetName(), item.detail(), who, simulated(item));
    }

    /**
     * "Simulated in 'Welcome series' at 'Send the welcome email'" for an interaction a simulation saved (the journey
     * and the tile as they were named in the run), "" for a real one.
     */
    static String simulated(TimelineItem item) {
        if (!item.isSimulated()) {
            return "";
        }
        String in = item.simulatedIn().isEmpty() ? "Simulated" : "Simulated in \u2018" + item.simulatedIn() + "\u2019";
        return item.simulatedAt().isEmpty() ? in : in + " at \u2018" + item.simulatedAt() + "\u2019";
    }

    /** A stored (UTC) moment as the user reads it, its zone named: "4 May 2026, 09:00 CEST". */
    public String exact(LocalDateTime at) {
        LocalDateTime shown = zone.shown(at);
        return EXACT.format(shown) + " " + zone.label(shown);
    }

    public String dayLabel(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return DAY.format(day);
    }

    public String relative(LocalDateTime at, LocalDateTime now) {
        return relativeTime.of(zone.shown(at), zone.shown(now));
    }
}
