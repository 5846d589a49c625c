package org.waymark.ui.segments;

import java.util.List;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;

/** The names the builder's value pickers offer: subscription lists and the assets behaviours are about. */
public interface ConditionChoices {

    List<String> subscriptionLists();

    List<String> assets(AssetKind kind);

    /** Reads the names again, on a background thread; choices that read nothing need not do anything. */
    default void reload() {
    }

    /** The store's names, read by {@link #reload()} so that the pickers never read the store on the FX thread. */
    static ConditionChoices of(AssetCatalog catalog) {
        return new CatalogChoices(catalog);
    }
}
