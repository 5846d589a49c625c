package org.waymark.ui.properties;

import java.util.List;
import java.util.Optional;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.EventTile;
import org.waymark.model.tile.FormSubmittedStartTile;
import org.waymark.model.tile.MarketingFormTile;
import org.waymark.model.tile.MarketingPageTile;
import org.waymark.model.tile.PushNotificationTile;
import org.waymark.model.tile.SegmentSource;
import org.waymark.model.tile.SegmentTile;
import org.waymark.model.tile.SmsTile;
import org.waymark.model.tile.Tile;

/**
 * The store record a tile points at by name (its email, text message, form, segment…): which kind of record,
 * the choices, checking a typed name against the catalog, and the tile with another record chosen.
 */
public final class AssetReferenceViewModel {

    private final AssetCatalog catalog;

    public AssetReferenceViewModel(AssetCatalog catalog) {
        this.catalog = catalog;
    }

    /** The kind of record the tile points at, or empty for tiles that point at none. */
    public Optional<AssetKind> kindOf(Tile tile) {
        if (tile instanceof EmailTile) {
            return Optional.of(AssetKind.EMAIL);
        } else if (tile instanceof SmsTile) {
            return Optional.of(AssetKind.SMS);
        } else if (tile instanceof PushNotificationTile) {
            return Optional.of(AssetKind.PUSH_NOTIFICATION);
        } else if (tile instanceof MarketingPageTile) {
            return Optional.of(AssetKind.MARKETING_PAGE);
        } else if (tile instanceof MarketingFormTile || tile instanceof FormSubmittedStartTile) {
            return Optional.of(AssetKind.MARKETING_FORM);
        } else if (tile instanceof EventTile) {
            return Optional.of(AssetKind.EVENT);
        } else if (tile instanceof SegmentTile s) {
            return Optional.of(s.source() == SegmentSource.SEGMENT ? AssetKind.SEGMENT : AssetKind.SUBSCRIPTION_LIST);
        }
        return Optional.empty();
    }

    /** The name of the tile's field in a journey file, also the undo merge key: "email", "message"… */
    public String fieldOf(Tile tile) {
        if (tile instanceof EmailTile) {
            return "email";
        } else if (tile instanceof SmsTile) {
            return "message";
        } else if (tile instanceof PushNotificationTile) {
            return "notification";
        } else if (tile instanceof FormSubmittedStartTile) {
            return "form";
        } else if (tile instanceof SegmentTile) {
            return "segment";
        }
        return "asset";
    }

    /** The label of the picker: "Marketing email", "Subscription list". */
    public String label(Tile tile) {
        String kind = kind(tile).label();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    /** The name of the record {@code tile} points at, "" when none is chosen. */
    public String current(Tile tile) {
        return tile.usedRecord();
    }

    /** The tile pointing at {@code name} instead ("" leaves it unconfigured). */
    public Tile with(Tile tile, String name) {
        if (tile instanceof EmailTile t) {
            return new EmailTile(t.id(), t.name(), name, t.content());
        } else if (tile instanceof SmsTile t) {
            return new SmsTile(t.id(), t.name(), name);
        } else if (tile instanceof PushNotificationTile t) {
            return new PushNotificationTile(t.id(), t.name(), name);
        } else if (tile instanceof MarketingPageTile t) {
            return new MarketingPageTile(t.id(), t.name(), name);
        } else if (tile instanceof MarketingFormTile t) {
            return new MarketingFormTile(t.id(), t.name(), name);
        } else if (tile instanceof EventTile t) {
            return new EventTile(t.id(), t.name(), name);
        } else if (tile instanceof FormSubmittedStartTile t) {
            return new FormSubmittedStartTile(t.id(), t.name(), name);
        }
        SegmentTile t = (SegmentTile) tile;
        return new SegmentTile(t.id(), t.name(), t.source(), name, t.membership());
    }

    /** The names to choose from, sorted as the catalog gives them. */
    public List<String> choices(Tile tile) {
        return catalog.names(kind(tile));
    }

    /**
     * A typed or picked name: empty clears the choice, a stored name (in any letter case) is taken as stored,
     * anything else is refused so that a typo does not leave the tile pointing at nothing.
     */
    public Checked<String> check(Tile tile, String typed) {
        return checkName(catalog.names(kind(tile)), typed, kind(tile).label());
    }

    /** A warning when the tile points at a record this store does not have (e.g. from an imported file). */
    public Optional<String> warning(Tile tile) {
        String current = current(tile);
        if (current.isBlank() || catalog.names(kind(tile)).contains(current)) {
            return Optional.empty();
        }
        return Optional.of("There is no " + kind(tile).label() + " named '" + current + "' in this store");
    }

    /** Shared with the settings form: a name from {@code names}, by any letter case, or empty. */
    public static Checked<String> checkName(List<String> names, String typed, String kindLabel) {
        String trimmed = Texts.orEmpty(typed).trim();
        if (trimmed.isEmpty()) {
            return Checked.ok("");
        }
        return names.stream().filter(n -> n.equalsIgnoreCase(trimmed)).findFirst().map(Checked::ok)
                .orElseGet(() -> Checked.invalid("There is no " + kindLabel + " named '" + trimmed
                        + "': pick one from the list"));
    }

    private AssetKind kind(Tile tile) {
        return kindOf(tile).orElseThrow(() -> new IllegalArgumentException(tile.type() + " points at no record"));
    }
}
