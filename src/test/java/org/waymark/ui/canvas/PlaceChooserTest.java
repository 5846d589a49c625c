package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.content.AssetKind;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.ReadyTile;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.TileType;
import org.waymark.ui.SampleJourneys;

class PlaceChooserTest {

    private final InsertionRules rules = new InsertionRules();
    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);

    @Test
    void thePlacesAreTheRulesOnesInReadingOrderStartingAfterTheSelection() {
        PlaceChooser chooser = new PlaceChooser(whitePaper, TileType.EMAIL, rules, List.of("offer"));
        assertThat(chooser.points()).isEqualTo(rules.points(whitePaper, TileType.EMAIL)).hasSize(13);
        assertThat(chooser.current()).hasValue(new InsertionPoint(SequenceRef.pipeline(), 2));
        assertThat(chooser.instructions()).isEqualTo("Choose where to put the email: arrows to move, Enter to insert, "
                + "Esc to cancel — place 2 of 13. Between 'Offer the white paper' and 'Clicked the download link?'");
        chooser.next();
        assertThat(chooser.describe(chooser.current().orElseThrow()))
                .startsWith("Before 'Lead for the playbook' in the '").endsWith("' path of 'Clicked the download link?'");
        chooser.previous();
        chooser.previous();
        chooser.previous();
        assertThat(chooser.currentIndex()).as("stops at the first place").isZero();
        assertThat(chooser.describe(chooser.current().orElseThrow()))
                .isEqualTo("Between 'New York subscribers' and 'Offer the white paper'");
        for (int i = 0; i < 20; i++) {
            chooser.next();
        }
        assertThat(chooser.currentIndex()).isEqualTo(12);
    }

    @Test
    void digitsJumpAndTwoDigitsWithinASecondMakeOneNumber() {
        PlaceChooser chooser = new PlaceChooser(whitePaper, TileType.EMAIL, rules, List.of());
        assertThat(chooser.digit(1, 0)).isTrue();
        assertThat(chooser.currentIndex()).isZero();
        assertThat(chooser.digit(2, 500)).isTrue();
        assertThat(chooser.currentIndex()).as("place 12").isEqualTo(11);
        assertThat(chooser.digit(3, 3000)).isTrue();
        assertThat(chooser.currentIndex()).as("a new number after a pause").isEqualTo(2);
        assertThat(chooser.digit(9, 3100)).isTrue();
        assertThat(chooser.currentIndex()).as("39 is no place: 9 alone").isEqualTo(8);
        assertThat(chooser.digit(0, 9000)).isFalse();
        assertThat(chooser.currentIndex()).isEqualTo(8);
        assertThat(chooser.describe(new InsertionPoint(SequenceRef.content("offer"), 1)))
                .isEqualTo("After 'Download page' in 'Offer the white paper'");
    }

    @Test
    void anEmptyJourneyHasOnePlaceForAStartAndNoneForASegment() {
        Journey empty = new Journey(whitePaper.settings(), List.of());
        PlaceChooser start = new PlaceChooser(empty, TileType.SEGMENT_GROUP, rules, List.of());
        assertThat(start.points()).containsExactly(new InsertionPoint(SequenceRef.pipeline(), 0));
        assertThat(start.instructions()).endsWith("place 1 of 1. At the start of the journey");
        PlaceChooser segment = new PlaceChooser(empty, TileType.SEGMENT, rules, List.of());
        assertThat(segment.isEmpty()).isTrue();
        assertThat(segment.current()).isEmpty();
        assertThat(segment.instructions()).isEqualTo("There is no place for a segment in this journey. Press Esc.");
    }

    @Test
    void aReadyTileIsNamedWithItsRecord() {
        PlaceChooser chooser = new PlaceChooser(whitePaper,
                ReadyTile.using(TileType.EMAIL, AssetKind.EMAIL, "White paper reminder"), rules, List.of("offer"));
        assertThat(chooser.type()).isEqualTo(TileType.EMAIL);
        assertThat(chooser.tile().asset()).isEqualTo("White paper reminder");
        assertThat(chooser.instructions()).startsWith("Choose where to put the email 'White paper reminder': arrows");
    }
}
