package org.waymark.model.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.EventTile;
import org.waymark.model.tile.FormSubmittedStartTile;
import org.waymark.model.tile.MarketingFormTile;
import org.waymark.model.tile.MarketingPageTile;
import org.waymark.model.tile.PushNotificationTile;
import org.waymark.model.tile.SmsTile;
import org.waymark.model.tile.Tile;

/**
 * The part of "check for errors" that needs the store: every tile that sends or shows a marketing asset must point at
 * one that exists and is published, or the journey cannot go live. Tiles with no asset chosen yet are left to the
 * structural rules (a warning there).
 */
public final class AssetReadiness {

    /** The asset a tile points at: its kind, the tile's field naming it, and the name. */
    public record Reference(AssetKind kind, String field, String name) {
    }

    private final AssetCatalog catalog;

    public AssetReadiness(AssetCatalog catalog) {
        this.catalog = catalog;
    }

    /** One error per tile whose asset is a draft or missing, in reading order. */
    public List<JourneyProblem> check(Journey journey) {
        List<JourneyProblem> problems = new ArrayList<>();
        for (TilePlace place : PipelineWalker.places(journey.pipeline())) {
            reference(place.tile()).filter(r -> !r.name().isBlank()).ifPresent(r -> {
                Optional<AssetStatus> status = catalog.status(r.kind(), r.name());
                String path = place.path() + "." + r.field();
                if (status.isEmpty()) {
                    problems.add(new JourneyProblem(JourneyProblem.Severity.ERROR, path, "there is no "
                            + r.kind().label() + " named '" + r.name() + "' in this store; choose another or create it"));
                } else if (status.get() == AssetStatus.DRAFT) {
                    problems.add(new JourneyProblem(JourneyProblem.Severity.ERROR, path, "the " + r.kind().label()
                            + " '" + r.name() + "' is a draft; publish it in the Content tab before the journey goes live"));
                }
            });
        }
        return problems;
    }

    /** The marketing asset {@code tile} points at, or empty for tiles that point at none (segments are not assets). */
    public static Optional<Reference> reference(Tile tile) {
        if (tile instanceof EmailTile t) {
            return Optional.of(new Reference(AssetKind.EMAIL, "email", orEmpty(t.email())));
        } else if (tile instanceof SmsTile t) {
            return Optional.of(new Reference(AssetKind.SMS, "message", orEmpty(t.message())));
        } else if (tile instanceof PushNotificationTile t) {
            return Optional.of(new Reference(AssetKind.PUSH_NOTIFICATION, "notification", orEmpty(t.notification())));
        } else if (tile instanceof MarketingPageTile t) {
            return Optional.of(new Reference(AssetKind.MARKETING_PAGE, "asset", orEmpty(t.asset())));
        } else if (tile instanceof MarketingFormTile t) {
            return Optional.of(new Reference(AssetKind.MARKETING_FORM, "asset", orEmpty(t.asset())));
        } else if (tile instanceof EventTile t) {
            return Optional.of(new Reference(AssetKind.EVENT, "asset", orEmpty(t.asset())));
        } else if (tile instanceof FormSubmittedStartTile t) {
            return Optional.of(new Reference(AssetKind.MARKETING_FORM, "form", orEmpty(t.form())));
        }
        return Optional.empty();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
