package org.waymark.model.edit;

import java.util.List;
import java.util.Optional;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileCategory;
import org.waymark.model.tile.TriggerRule;

/**
 * The rule a trigger starts with, for a new trigger and for "Add rule": it watches the nearest email, text
 * message or push notification before the trigger (the message a trigger usually follows up), else the nearest
 * tile it can watch at all, for the first thing that tile can be watched for ("opened"). What may be watched
 * comes from {@link JourneyRules}, so the rule is one "check for errors" accepts.
 */
public final class FirstTriggerRule {

    private final JourneyRules rules;

    public FirstTriggerRule(JourneyRules rules) {
        this.rules = rules;
    }

    /** The rule for the trigger {@code triggerId} where it stands; empty when nothing before it can be watched. */
    public Optional<TriggerRule> forTrigger(Journey journey, String triggerId) {
        List<Tile> watchable = rules.tilesBefore(journey.pipeline(), triggerId).stream()
                .filter(t -> !rules.conditionsFor(t.type()).isEmpty()).toList();
        if (watchable.isEmpty()) {
            return Optional.empty();
        }
        Tile nearest = watchable.stream().filter(t -> t.type().category() == TileCategory.CHANNELS)
                .reduce((first, second) -> second).orElse(watchable.get(watchable.size() - 1));
        return Optional.of(new TriggerRule(nearest.id(), rules.conditionsFor(nearest.type()).get(0), ""));
    }
}
