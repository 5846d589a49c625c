package org.waymark.model.edit;

import java.util.Objects;
import org.waymark.model.content.AssetKind;
import org.waymark.model.tile.TileType;

/**
 * A tile as the Add tile list offers it: a type alone ("Email"), or a type with the stored record it will use
 * ("Email · White paper offer"). A segment group offered with a segment or subscription list starts out holding
 * it, included.
 */
public record ReadyTile(TileType type, AssetKind kind, String asset) {

    public ReadyTile {
        Objects.requireNonNull(type, "type");
        if ((kind == null) != (asset == null)) {
            throw new IllegalArgumentException("a record needs both its kind and its name");
        }
    }

    /** A new tile of {@code type} with nothing chosen yet. */
    public static ReadyTile of(TileType type) {
        return new ReadyTile(type, null, null);
    }

    /** A new tile of {@code type} using the stored record named {@code asset}. */
    public static ReadyTile using(TileType type, AssetKind kind, String asset) {
        return new ReadyTile(type, Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(asset, "asset"));
    }

    public boolean hasAsset() {
        return asset != null;
    }

    /** "Email", "Email · White paper offer", "Segment · Newsletter (subscription list)". */
    public String label() {
        if (!hasAsset()) {
            return type.label();
        }
        return type.label() + " · " + asset + (kind == AssetKind.SUBSCRIPTION_LIST ? " (subscription list)" : "");
    }
}
