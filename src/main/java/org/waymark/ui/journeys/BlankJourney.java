package org.waymark.ui.journeys;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.Schedule;
import org.waymark.model.journey.TargetKind;
import org.waymark.model.tile.SegmentCombination;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.Tile;

/**
 * The journey File ▸ New creates: a draft named "New journey" that starts at the next full hour (now, when
 * now is on the hour), runs for 90 days in the user's time zone, and holds one empty segment group.
 */
public final class BlankJourney {

    public static final String NAME = "New journey";
    public static final String FIRST_TILE_ID = "segment-group";
    static final long DAYS = 90;

    private final Clock clock;
    private final ZoneId zone;

    public BlankJourney(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public Journey create() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        LocalDateTime start = hour.equals(now) ? hour : hour.plusHours(1);
        Schedule schedule = new Schedule(start, start.plusDays(DAYS), zone);
        JourneySettings settings = new JourneySettings(NAME, "", "", "", TargetKind.CONTACTS, ConsentLevel.NONE,
                BusinessUnitScope.ORGANIZATION, schedule, "", null, null, JourneyStatus.DRAFT, List.of());
        Tile audience = new SegmentGroupTile(FIRST_TILE_ID, "", SegmentCombination.UNION, List.of());
        return new Journey(settings, List.of(audience));
    }
}
