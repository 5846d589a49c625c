package org.waymark.ui.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.model.timeline.RelativeTime;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.model.timeline.TimelineWording;

/**
 * Puts timeline items into words and groups them under day headings, relative to {@code now} (UTC, as the store
 * keeps times): "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", then the date.
 */
public final class TimelineWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private final TimelineWording wording = new TimelineWording();
    private final RelativeTime relativeTime = new RelativeTime();

    /**
     * The rows for {@code items} (newest first) appended after {@code previous}, the last item already shown (null
     * for the first page): a heading starts each new day.
     */
    public List<TimelineRow> rows(List<TimelineItem> items, TimelineItem previous, TimelineProfile profile,
                                  LocalDateTime now) {
        List<TimelineRow> rows = new ArrayList<>();
        LocalDate day = previous == null ? null : previous.occurredAt().toLocalDate();
        for (TimelineItem item : items) {
            LocalDate itemDay = item.occurredAt().toLocalDate();
            if (!itemDay.equals(day)) {
                rows.add(new TimelineRow.DayHeader(dayLabel(itemDay, now.toLocalDate())));
                day = itemDay;
            }
            rows.add(entry(item, profile, now));
        }
        return rows;
    }

    public TimelineRow.Entry entry(TimelineItem item, TimelineProfile profile, LocalDateTime now) {
        String who = !profile.isAccount() ? "" : item.hasContact() ? item.contactName() : "Account only";
        return new TimelineRow.Entry(item, wording.headline(item), relative(item.occurredAt(), now),
                EXACT.format(item.occurredAt()), item.assetName(), item.detail(), who);
    }

    /** "4 May 2026, 07:00 UTC". */
    public String exact(LocalDateTime at) {
        return EXACT.format(at);
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
        return relativeTime.of(at, now);
    }
}
