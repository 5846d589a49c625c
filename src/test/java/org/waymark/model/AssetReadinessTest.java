package org.waymark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.tile.*;

/** "Check for errors" with the store's assets: a tile pointing at a draft or missing asset stops the journey going live. */
class AssetReadinessTest {

    /** Emails and events by name with their status. */
    private static final class Catalog implements AssetCatalog {
        private final Map<String, AssetStatus> emails = Map.of("Ready", AssetStatus.PUBLISHED, "Unfinished",
                AssetStatus.DRAFT);

        @Override
        public List<String> names(AssetKind kind) {
            return kind == AssetKind.EMAIL ? List.copyOf(emails.keySet()) : kind == AssetKind.EVENT
                    ? List.of("Summit") : List.of();
        }

        @Override
        public Optional<AssetStatus> status(AssetKind kind, String name) {
            if (kind == AssetKind.EMAIL) {
                return Optional.ofNullable(emails.get(name));
            }
            return AssetCatalog.super.status(kind, name);
        }

        @Override
        public List<String> emailLinks(String emailName) {
            return List.of();
        }

        @Override
        public void createEmail(String name, String subject) {
            throw new UnsupportedOperationException();
        }
    }

    private static Journey journey(Tile... tiles) {
        SegmentGroupTile group = new SegmentGroupTile("g", "", SegmentCombination.UNION,
                List.of(new SegmentTile("s", "", SegmentSource.SEGMENT, "NY", Membership.INCLUDE)));
        List<Tile> pipeline = new java.util.ArrayList<>(List.of(group));
        pipeline.addAll(List.of(tiles));
        return new Journey(EveryTileJourney.settings(), pipeline);
    }

    @Test
    void draftAndMissingAssetsAreErrorsOnTheirTiles() {
        Journey journey = journey(new EmailTile("a", "", "Ready", List.of(new EventTile("ev", "", "Summit"))),
                new EmailTile("b", "", "Unfinished", List.of(new EventTile("ev2", "", "Gone event"))),
                new SmsTile("c", "", "Missing text"), new SmsTile("d", "", ""));

        List<String> found = new JourneyRules(new Catalog()).check(journey).stream()
                .filter(p -> p.severity() == JourneyProblem.Severity.ERROR).map(JourneyProblem::toString).toList();

        assertThat(found).containsExactly(
                "error $.pipeline[2].email: the marketing email 'Unfinished' is a draft; publish it in the Content tab "
                        + "before the journey goes live",
                "error $.pipeline[2].content[0].asset: there is no event named 'Gone event' in this store; choose "
                        + "another or create it",
                "error $.pipeline[3].message: there is no text message named 'Missing text' in this store; choose "
                        + "another or create it");
    }

    @Test
    void withoutACatalogTheRulesLookOnlyAtTheJourney() {
        Journey journey = journey(new EmailTile("b", "", "Unfinished", List.of()));
        assertThat(new JourneyRules().hasErrors(new JourneyRules().check(journey))).isFalse();
        JourneyRules withAssets = new JourneyRules(new Catalog());
        assertThat(withAssets.hasErrors(withAssets.check(journey))).isTrue();
        assertThat(withAssets.hasErrors(withAssets.check(journey(new EmailTile("a", "", "Ready", List.of())))))
                .isFalse();
    }
}
