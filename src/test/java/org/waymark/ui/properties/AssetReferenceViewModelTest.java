package org.waymark.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.content.AssetKind;
import org.waymark.model.tile.*;

class AssetReferenceViewModelTest {

    private final FakeAssets assets = new FakeAssets();
    private final AssetReferenceViewModel model = new AssetReferenceViewModel(assets);

    @Test
    void eachTileTypePointsAtItsKindOfRecord() {
        assertThat(model.kindOf(new EmailTile("e", "", "", List.of()))).contains(AssetKind.EMAIL);
        assertThat(model.kindOf(new SmsTile("s", "", ""))).contains(AssetKind.SMS);
        assertThat(model.kindOf(new PushNotificationTile("p", "", ""))).contains(AssetKind.PUSH_NOTIFICATION);
        assertThat(model.kindOf(new MarketingPageTile("p", "", ""))).contains(AssetKind.MARKETING_PAGE);
        assertThat(model.kindOf(new MarketingFormTile("f", "", ""))).contains(AssetKind.MARKETING_FORM);
        assertThat(model.kindOf(new EventTile("ev", "", ""))).contains(AssetKind.EVENT);
        assertThat(model.kindOf(new FormSubmittedStartTile("in", "", ""))).contains(AssetKind.MARKETING_FORM);
        assertThat(model.kindOf(new SegmentTile("s", "", SegmentSource.SUBSCRIPTION_LIST, "", Membership.INCLUDE)))
                .contains(AssetKind.SUBSCRIPTION_LIST);
        assertThat(model.kindOf(new CreateLeadTile("l", "", "", ActionTarget.CONTACT))).isEmpty();
        assertThat(model.label(new PushNotificationTile("p", "", ""))).isEqualTo("Push notification");
        assertThat(model.choices(new SmsTile("s", "", ""))).containsExactly("Welcome text");
    }

    @Test
    void choosingARecordBuildsTheTileWithIt() {
        List<Tile> tiles = List.of(new EmailTile("e", "Offer", "", List.of(new EventTile("ev", "", "x"))),
                new SmsTile("s", "Text", ""), new PushNotificationTile("p", "Push", ""),
                new MarketingPageTile("mp", "Page", ""), new MarketingFormTile("mf", "Form", ""),
                new EventTile("ev", "Event", ""), new FormSubmittedStartTile("in", "Start", ""),
                new SegmentTile("sg", "Seg", SegmentSource.SEGMENT, "", Membership.EXCLUDE));
        for (Tile tile : tiles) {
            Tile chosen = model.with(tile, "Chosen");
            assertThat(model.current(chosen)).isEqualTo("Chosen");
            assertThat(chosen.id()).isEqualTo(tile.id());
            assertThat(chosen.name()).isEqualTo(tile.name());
            assertThat(model.with(chosen, "")).isEqualTo(tile);
        }
        assertThat(((EmailTile) model.with(tiles.get(0), "Chosen")).content()).hasSize(1);
        assertThat(tiles.stream().map(model::fieldOf).toList())
                .containsExactly("email", "message", "notification", "asset", "asset", "asset", "form", "segment");
    }

    @Test
    void aTypedNameMustBeInTheCatalogAndIsTakenAsStored() {
        EmailTile email = new EmailTile("e", "", "", List.of());
        assertThat(model.check(email, "  white PAPER offer ")).isEqualTo(Checked.ok("White paper offer"));
        assertThat(model.check(email, "")).isEqualTo(Checked.ok(""));
        assertThat(model.check(email, "White paper").problem())
                .isEqualTo("There is no marketing email named 'White paper': pick one from the list");
        SegmentTile list = new SegmentTile("s", "", SegmentSource.SUBSCRIPTION_LIST, "", Membership.INCLUDE);
        assertThat(model.check(list, "Do not contact").isValid()).as("a segment is not a subscription list").isFalse();
    }

    @Test
    void warnsWhenTheTilePointsAtARecordTheStoreDoesNotHave() {
        assertThat(model.warning(new SmsTile("s", "", "Welcome text"))).isEmpty();
        assertThat(model.warning(new SmsTile("s", "", ""))).isEmpty();
        assertThat(model.warning(new SmsTile("s", "", "Old text")))
                .contains("There is no text message named 'Old text' in this store");
    }

    @Test
    void quickCreateMakesAnEmailOrSaysWhyNot() {
        NewEmailViewModel create = new NewEmailViewModel(assets);
        assertThat(create.create("  Spring offer ", "Spring is here")).isEqualTo(Checked.ok("Spring offer"));
        assertThat(assets.names(AssetKind.EMAIL)).contains("Spring offer");
        assertThat(create.create("Spring offer", "").problem()).isEqualTo("An email named 'Spring offer' already exists");
        assertThat(create.create(" ", "").problem()).isEqualTo("Give the new email a name");
    }
}
