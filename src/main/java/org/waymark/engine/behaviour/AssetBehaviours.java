package org.waymark.engine.behaviour;

import java.util.Map;

/**
 * A behaviour for everything of one kind (a channel, a kind of content, an inbound start), with the
 * effective behaviour of each asset that overrides it, computed once when the model is read.
 */
final class AssetBehaviours<T> {

    private final T standard;
    private final Map<String, T> byAsset;

    AssetBehaviours(T standard, Map<String, T> byAsset) {
        this.standard = standard;
        this.byAsset = Map.copyOf(byAsset);
    }

    T standard() {
        return standard;
    }

    /** The asset's own behaviour if it has overrides, else the standard one; a null name gets the standard. */
    T forAsset(String assetName) {
        if (assetName == null || byAsset.isEmpty()) {
            return standard;
        }
        T own = byAsset.get(assetName);
        return own == null ? standard : own;
    }
}
