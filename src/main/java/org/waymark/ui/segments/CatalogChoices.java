package org.waymark.ui.segments;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.segment.Behaviour;

/**
 * The asset catalog's subscription lists and behaviour assets as last read: {@link #reload()} reads them all at once
 * on a background thread, and the builder's rows read the copy (empty before the first reload).
 */
final class CatalogChoices implements ConditionChoices {

    private final AssetCatalog catalog;
    private volatile Map<AssetKind, List<String>> names = Map.of();

    CatalogChoices(AssetCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void reload() {
        Map<AssetKind, List<String>> read = new EnumMap<>(AssetKind.class);
        read.put(AssetKind.SUBSCRIPTION_LIST, List.copyOf(catalog.names(AssetKind.SUBSCRIPTION_LIST)));
        for (Behaviour behaviour : Behaviour.values()) {
            read.computeIfAbsent(behaviour.assetKind(), kind -> List.copyOf(catalog.names(kind)));
        }
        names = Map.copyOf(read);
    }

    @Override
    public List<String> subscriptionLists() {
        return assets(AssetKind.SUBSCRIPTION_LIST);
    }

    @Override
    public List<String> assets(AssetKind kind) {
        return names.getOrDefault(kind, List.of());
    }
}
