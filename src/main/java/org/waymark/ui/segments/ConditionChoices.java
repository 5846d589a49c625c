package org.waymark.ui.segments;

import java.util.List;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;

/** The names the builder's value pickers offer: subscription lists and the assets behaviours are about. */
public interface ConditionChoices {

    List<String> subscriptionLists();

    List<String> assets(AssetKind kind);

    /** Choices read from the store's asset catalog each time a picker is filled. */
    static ConditionChoices of(AssetCatalog catalog) {
        return new ConditionChoices() {
            @Override
            public List<String> subscriptionLists() {
                return catalog.names(AssetKind.SUBSCRIPTION_LIST);
            }

            @Override
            public List<String> assets(AssetKind kind) {
                return catalog.names(kind);
            }
        };
    }
}
