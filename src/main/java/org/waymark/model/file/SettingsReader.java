package org.waymark.model.file;

import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.Milestone;
import org.waymark.model.journey.MilestoneKind;
import org.waymark.model.journey.Recurrence;
import org.waymark.model.journey.Schedule;
import org.waymark.model.journey.TargetKind;

/** Reads the {@code settings} object of a journey file. */
final class SettingsReader {

    JourneySettings read(JsonCursor at) throws JourneyFileException {
        at.object();
        var start = at.field("start").localDateTime();
        var end = at.field("end").localDateTime();
        if (!end.isAfter(start)) {
            throw at.field("end").problem("must be later than start");
        }
        Schedule schedule = new Schedule(start, end, at.field("timeZone").zone());
        return new JourneySettings(
                at.field("name").nonBlankText(),
                at.field("description").optionalText(),
                at.field("owner").optionalText(),
                at.field("businessUnit").optionalText(),
                at.field("target").enumValue(TargetKind.class, TargetKind.CONTACTS),
                at.field("minimumConsent").enumValue(ConsentLevel.class, ConsentLevel.NONE),
                at.field("scope").enumValue(BusinessUnitScope.class, BusinessUnitScope.ORGANIZATION),
                schedule,
                at.field("contentSettings").optionalText(),
                recurrence(at.field("recurrence")),
                at.field("suppressionSegment").nullableText(),
                at.field("status").enumValue(JourneyStatus.class, JourneyStatus.DRAFT),
                at.field("milestones").list(this::milestone));
    }

    private Recurrence recurrence(JsonCursor at) throws JourneyFileException {
        if (at.isMissing()) {
            return null;
        }
        at.object();
        return new Recurrence(at.field("intervalDays").positiveInteger(), at.field("count").positiveInteger());
    }

    private Milestone milestone(JsonCursor at) throws JourneyFileException {
        at.object();
        return new Milestone(at.field("at").instant(), at.field("kind").enumValue(MilestoneKind.class),
                at.field("detail").optionalText());
    }
}
