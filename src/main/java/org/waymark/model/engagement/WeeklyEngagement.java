package org.waymark.model.engagement;

import java.time.LocalDate;

/** Opens and clicks of one email in the week starting {@code weekStart} (a Monday), counted as interactions. */
public record WeeklyEngagement(LocalDate weekStart, long opens, long clicks) {
}
