package org.waymark.engine;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.waymark.model.tile.TriggerCondition;

/** What the triggers of a journey need to know about one earlier tile: which conditions, which links. */
final class Watch {

    private final EnumSet<TriggerCondition> conditions = EnumSet.noneOf(TriggerCondition.class);
    private final Set<String> links = new LinkedHashSet<>();

    void add(TriggerCondition condition, String link) {
        if (condition == TriggerCondition.CLICKED_LINK) {
            links.add(link == null ? "" : link);
        } else {
            conditions.add(condition);
        }
    }

    Set<TriggerCondition> conditions() {
        return conditions;
    }

    /** The link labels watched by "clicked a specific link" rules. */
    Set<String> links() {
        return links;
    }
}
