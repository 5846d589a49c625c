package org.waymark.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.edit.FirstTriggerRule;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;
import org.waymark.model.tile.Wait;

/**
 * The trigger's settings: which earlier tiles its rules may watch, what each can be watched for, the links of
 * a watched email, and the trigger with its rules, join or timeout changed. What may be watched comes from
 * {@link JourneyRules}, so the designer offers exactly what "check for errors" accepts.
 */
public final class TriggerViewModel {

    /** A tile a rule may watch, as the source picker shows it. */
    public record Source(String tileId, String label) {
    }

    private final JourneyRules rules;
    private final AssetCatalog catalog;
    private final FirstTriggerRule firstRule;

    public TriggerViewModel(JourneyRules rules, AssetCatalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
        this.firstRule = new FirstTriggerRule(rules);
    }

    /** The tiles before the trigger that a rule can watch, in reading order, nearest last. */
    public List<Source> sources(Journey journey, String triggerId) {
        return watchable(journey, triggerId).stream().map(t -> new Source(t.id(), label(t))).toList();
    }

    /**
     * "Offer the white paper (email)"; a tile without a name shows its type and what it points at,
     * "Email 'White paper offer'", or, pointing at nothing yet, its id: "Email (email-2)".
     */
    public static String label(Tile tile) {
        if (tile.name() == null || tile.name().isBlank()) {
            String asset = assetOf(tile);
            return tile.type().label() + (asset.isBlank() ? " (" + tile.id() + ")" : " '" + asset + "'");
        }
        return tile.name() + " (" + tile.type().label().toLowerCase(Locale.ROOT) + ")";
    }

    private static String assetOf(Tile tile) {
        if (tile instanceof org.waymark.model.tile.EmailTile t) {
            return t.email();
        } else if (tile instanceof org.waymark.model.tile.SmsTile t) {
            return t.message();
        } else if (tile instanceof org.waymark.model.tile.PushNotificationTile t) {
            return t.notification();
        } else if (tile instanceof org.waymark.model.tile.ContentTile t) {
            return t.asset();
        } else if (tile instanceof org.waymark.model.tile.FormSubmittedStartTile t) {
            return t.form();
        }
        return "";
    }

    /** How a source the trigger cannot watch (any more) is shown, so the rule still reads. */
    public String unknownSourceLabel(Journey journey, String tileId) {
        return org.waymark.model.edit.PipelineTree.find(journey, tileId).map(t -> label(t) + " — not before this trigger")
                .orElse("'" + tileId + "' — no longer in the journey");
    }

    /** What a rule can wait for about its source; empty when the source is not a tile before the trigger. */
    public List<TriggerCondition> conditions(Journey journey, String triggerId, String sourceId) {
        return sourceTile(journey, triggerId, sourceId).map(t -> rules.conditionsFor(t.type())).orElse(List.of());
    }

    /** The link labels of the email a source email tile sends; empty for other sources. */
    public List<String> links(Journey journey, String triggerId, String sourceId) {
        return sourceTile(journey, triggerId, sourceId).filter(EmailTile.class::isInstance).map(t -> (EmailTile) t)
                .filter(e -> !e.email().isBlank()).map(e -> catalog.emailLinks(e.email())).orElse(List.of());
    }

    /** "Opened", "Clicked a specific link". */
    public static String conditionLabel(TriggerCondition condition) {
        String phrase = condition.phrase();
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /**
     * A rule as picked in the designer: the source must be a watchable tile before the trigger, the condition
     * one it can be watched for, and "clicked a specific link" needs one of the email's links.
     */
    public Checked<TriggerRule> rule(Journey journey, String triggerId, String sourceId, TriggerCondition condition,
                                     String link) {
        Optional<Tile> source = sourceTile(journey, triggerId, sourceId);
        if (source.isEmpty()) {
            return Checked.invalid("Choose an email, text message, push notification, page, form or event "
                    + "before this trigger");
        }
        if (condition == null || !rules.conditionsFor(source.get().type()).contains(condition)) {
            return Checked.invalid("Choose what to wait for");
        }
        if (condition != TriggerCondition.CLICKED_LINK) {
            return Checked.ok(new TriggerRule(sourceId, condition, ""));
        }
        if (source.get() instanceof EmailTile email && email.email().isBlank()) {
            return Checked.invalid("Choose the email of '" + email.displayName() + "' first, then one of its links");
        }
        List<String> links = links(journey, triggerId, sourceId);
        if (links.isEmpty()) {
            return Checked.invalid("'" + ((EmailTile) source.get()).email() + "' has no links: wait for another action");
        }
        if (link == null || link.isBlank()) {
            return Checked.invalid("Choose the link the contact must click");
        }
        return Checked.ok(new TriggerRule(sourceId, condition, link));
    }

    /** A note when a rule's link is not (or no longer) a link of its email. */
    public Optional<String> linkNote(Journey journey, String triggerId, TriggerRule rule) {
        if (rule.condition() != TriggerCondition.CLICKED_LINK || rule.link().isBlank()) {
            return Optional.empty();
        }
        List<String> links = links(journey, triggerId, rule.source());
        return links.contains(rule.link()) ? Optional.empty()
                : Optional.of("'" + rule.link() + "' is not a link of this email (any more)");
    }

    /** The condition to keep when the source changes: the same one if the new source allows it, else its first. */
    public TriggerCondition conditionAfterSourceChange(Journey journey, String triggerId, String sourceId,
                                                       TriggerCondition current) {
        List<TriggerCondition> possible = conditions(journey, triggerId, sourceId);
        return possible.contains(current) || possible.isEmpty() ? current : possible.get(0);
    }

    /**
     * A new rule watching the nearest message tile (email, text, push) before the trigger, the tile a trigger
     * usually follows up; else the nearest watchable tile; empty when there is none.
     */
    public Optional<TriggerRule> newRule(Journey journey, String triggerId) {
        return firstRule.forTrigger(journey, triggerId);
    }

    public TriggerTile withRule(TriggerTile t, int index, TriggerRule rule) {
        List<TriggerRule> changed = new ArrayList<>(t.rules());
        changed.set(index, rule);
        return withRules(t, changed);
    }

    public TriggerTile withNewRule(TriggerTile t, TriggerRule rule) {
        List<TriggerRule> changed = new ArrayList<>(t.rules());
        changed.add(rule);
        return withRules(t, changed);
    }

    public TriggerTile withoutRule(TriggerTile t, int index) {
        List<TriggerRule> changed = new ArrayList<>(t.rules());
        changed.remove(index);
        return withRules(t, changed);
    }

    public TriggerTile withJoin(TriggerTile t, RuleJoin join) {
        return new TriggerTile(t.id(), t.name(), join, t.rules(), t.timeout(), t.whenTrue(), t.whenFalse());
    }

    public TriggerTile withTimeout(TriggerTile t, Wait timeout) {
        return new TriggerTile(t.id(), t.name(), t.join(), t.rules(), timeout, t.whenTrue(), t.whenFalse());
    }

    /** A sentence under the rules list when it needs attention. */
    public Optional<String> rulesNote(TriggerTile t, Journey journey) {
        if (!t.rules().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(watchable(journey, t.id()).isEmpty()
                ? "Nothing before this trigger can be watched: put an email, text message, push notification, page, "
                        + "form or event before it"
                : "A trigger needs at least one rule: add one");
    }

    private static TriggerTile withRules(TriggerTile t, List<TriggerRule> rules) {
        return new TriggerTile(t.id(), t.name(), t.join(), rules, t.timeout(), t.whenTrue(), t.whenFalse());
    }

    private List<Tile> watchable(Journey journey, String triggerId) {
        return rules.tilesBefore(journey.pipeline(), triggerId).stream()
                .filter(t -> !rules.conditionsFor(t.type()).isEmpty()).toList();
    }

    private Optional<Tile> sourceTile(Journey journey, String triggerId, String sourceId) {
        return watchable(journey, triggerId).stream().filter(t -> t.id().equals(sourceId)).findFirst();
    }
}
