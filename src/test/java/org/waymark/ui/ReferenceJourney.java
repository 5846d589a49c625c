package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.MarketingPageTile;
import org.waymark.model.tile.Membership;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;
import org.waymark.model.tile.Wait;

/**
 * The reference example of the customer-journey guide (shared/reference/customer-journeys.md), as the demo store's
 * assets spell it: what a journey built to it must hold, whichever way it was built (mouse, keyboard, template).
 * Only the tiles the example names are required; names and ids of the tiles are not.
 */
final class ReferenceJourney {

    static final String SEGMENT = "Newsletter subscribers in New York";
    static final String OFFER = "White paper offer";
    static final String PAGE = "Playbook download page";
    static final String LINK = "Download the white paper";
    static final String LEAD_TOPIC = "Interested in the marketing playbook";
    static final String INVITATION = "Webinar invitation";
    static final String REMINDER = "White paper reminder";

    private ReferenceJourney() {
    }

    /**
     * A segment group holding the New York subscribers; the offer email holding the download page; a trigger on
     * the offer's download link that waits 7 days; a lead and the webinar invitation on its true path, the reminder
     * on its false path; and nothing "check for errors" calls an error.
     */
    static void assertIsTheReferenceJourney(Journey journey) {
        assertThat(journey.pipeline()).extracting(Tile::type)
                .containsExactly(TileType.SEGMENT_GROUP, TileType.EMAIL, TileType.TRIGGER);

        SegmentGroupTile group = (SegmentGroupTile) journey.pipeline().get(0);
        assertThat(group.segments()).singleElement().satisfies(segment -> {
            assertThat(((SegmentTile) segment).segment()).isEqualTo(SEGMENT);
            assertThat(((SegmentTile) segment).membership()).isEqualTo(Membership.INCLUDE);
        });

        EmailTile offer = (EmailTile) journey.pipeline().get(1);
        assertThat(offer.email()).isEqualTo(OFFER);
        assertThat(offer.content()).singleElement()
                .satisfies(page -> assertThat(((MarketingPageTile) page).asset()).isEqualTo(PAGE));

        TriggerTile trigger = (TriggerTile) journey.pipeline().get(2);
        assertThat(trigger.rules()).containsExactly(new TriggerRule(offer.id(), TriggerCondition.CLICKED_LINK, LINK));
        assertThat(trigger.timeout()).isEqualTo(Wait.forDuration(Duration.ofDays(7)));
        assertThat(trigger.whenTrue()).extracting(Tile::type).containsExactly(TileType.CREATE_LEAD, TileType.EMAIL);
        assertThat(((CreateLeadTile) trigger.whenTrue().get(0)).topic()).isEqualTo(LEAD_TOPIC);
        assertThat(((EmailTile) trigger.whenTrue().get(1)).email()).isEqualTo(INVITATION);
        assertThat(trigger.whenFalse()).singleElement()
                .satisfies(reminder -> assertThat(((EmailTile) reminder).email()).isEqualTo(REMINDER));

        JourneyRules rules = new JourneyRules();
        assertThat(rules.hasErrors(rules.check(journey))).as(rules.check(journey).toString()).isFalse();
    }
}
