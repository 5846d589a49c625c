package org.waymark.model.edit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.tile.TileType;

/**
 * Everything the Add tile list offers: each tile type, then each of the store's records as a tile that uses it
 * (an email as an email tile, a segment as a segment and as a segment group holding it, a form as a form tile
 * and as the form-submitted start…), in the toolbox's order of types and the catalog's order of names.
 */
public final class ReadyTiles {

    /** The records each type of tile can use, in the order they are offered. */
    private static final Map<TileType, List<AssetKind>> USES = Map.of(
            TileType.SEGMENT_GROUP, List.of(AssetKind.SEGMENT, AssetKind.SUBSCRIPTION_LIST),
            TileType.SEGMENT, List.of(AssetKind.SEGMENT, AssetKind.SUBSCRIPTION_LIST),
            TileType.FORM_SUBMITTED, List.of(AssetKind.MARKETING_FORM),
            TileType.EMAIL, List.of(AssetKind.EMAIL),
            TileType.SMS, List.of(AssetKind.SMS),
            TileType.PUSH_NOTIFICATION, List.of(AssetKind.PUSH_NOTIFICATION),
            TileType.MARKETING_PAGE, List.of(AssetKind.MARKETING_PAGE),
            TileType.MARKETING_FORM, List.of(AssetKind.MARKETING_FORM),
            TileType.EVENT, List.of(AssetKind.EVENT));

    private final AssetCatalog catalog;

    public ReadyTiles(AssetCatalog catalog) {
        this.catalog = catalog;
    }

    /** The records a tile of {@code type} can use; empty for tiles that use none. */
    public static List<AssetKind> usedBy(TileType type) {
        return USES.getOrDefault(type, List.of());
    }

    /** Every tile type, then every record of the store as a ready tile; asks the catalog afresh each time. */
    public List<ReadyTile> all() {
        List<ReadyTile> out = new ArrayList<>();
        for (TileType type : TileType.values()) {
            out.add(ReadyTile.of(type));
        }
        Map<AssetKind, List<String>> names = new EnumMap<>(AssetKind.class);
        for (TileType type : TileType.values()) {
            for (AssetKind kind : usedBy(type)) {
                names.computeIfAbsent(kind, catalog::names).forEach(name -> out.add(ReadyTile.using(type, kind, name)));
            }
        }
        return out;
    }
}
