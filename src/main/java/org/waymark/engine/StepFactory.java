package org.waymark.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.waymark.model.journey.TargetKind;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.ContentTile;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.EventTile;
import org.waymark.model.tile.LaunchWorkflowTile;
import org.waymark.model.tile.MarketingFormTile;
import org.waymark.model.tile.PushNotificationTile;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.SmsTile;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;

/** Compiles the tiles of a sequence, after the start tile, into steps. */
final class StepFactory {

    private final ToIntFunction<Tile> indexOf;
    private final Map<String, Integer> idIndex;
    private final Watch[] watches;
    private final TileKeys keys;
    private final RunWindow window;
    private final TargetKind target;
    private final Map<String, List<String>> emailLinks;
    private final Map<String, List<String>> emailAttachments;

    StepFactory(ToIntFunction<Tile> indexOf, Map<String, Integer> idIndex, Watch[] watches, TileKeys keys,
                RunWindow window, TargetKind target, Map<String, List<String>> emailLinks,
                Map<String, List<String>> emailAttachments) {
        this.emailLinks = emailLinks;
        this.emailAttachments = emailAttachments;
        this.indexOf = indexOf;
        this.idIndex = idIndex;
        this.watches = watches;
        this.keys = keys;
        this.window = window;
        this.target = target;
    }

    Sequence sequence(List<? extends Tile> tiles) {
        List<Step> steps = new ArrayList<>();
        for (Tile tile : tiles) {
            steps.add(step(tile));
        }
        return steps.isEmpty() ? Sequence.EMPTY : new Sequence(steps);
    }

    private Step step(Tile tile) {
        int index = indexOf.applyAsInt(tile);
        if (tile instanceof EmailTile email) {
            return email(index, email);
        } else if (tile instanceof SmsTile sms) {
            return new MessageStep(index, Channel.SMS, name(sms.message(), sms), links(index, List.of()), List.of(),
                    List.of(), keys);
        } else if (tile instanceof PushNotificationTile push) {
            return new MessageStep(index, Channel.PUSH, name(push.notification(), push), links(index, List.of()),
                    List.of(), List.of(), keys);
        } else if (tile instanceof TriggerTile trigger) {
            return trigger(index, trigger);
        } else if (tile instanceof SplitterTile splitter) {
            List<Sequence> lanes = new ArrayList<>();
            for (SplitterBranch branch : splitter.branches()) {
                lanes.add(sequence(branch.tiles()));
            }
            return new SplitterStep(index, splitter, lanes, keys);
        } else if (tile instanceof SchedulerTile scheduler) {
            ReleaseCalendar calendar = scheduler.window()
                    .map(w -> new ReleaseCalendar(w, window.zone(), window.start(), window.end())).orElse(null);
            return new SchedulerStep(index, Deadline.of(scheduler.delay(), window.zone(), true), calendar, keys);
        } else if (tile instanceof ActivityTile || tile instanceof CreateLeadTile
                || tile instanceof LaunchWorkflowTile) {
            return new ActionStep(index, tile, keys);
        }
        return new PassStep(index, keys);
    }

    /**
     * An email offers its followed links, the links to its content, then the links triggers wait for — those only
     * when the request does not know the email's stored links (a known email's other links are not tracked).
     */
    private Step email(int index, EmailTile email) {
        String name = name(email.email(), email);
        List<String> stored = emailLinks.get(name);
        List<ContentStep> contents = new ArrayList<>();
        List<String> contentLinks = new ArrayList<>(stored == null ? List.of() : stored);
        for (ContentTile content : email.content()) {
            ContentStep.Kind kind = content instanceof MarketingFormTile ? ContentStep.Kind.FORM
                    : content instanceof EventTile ? ContentStep.Kind.EVENT : ContentStep.Kind.PAGE;
            String asset = name(content.asset(), content);
            contents.add(new ContentStep(indexOf.applyAsInt(content), kind, asset, asset, keys));
            contentLinks.add(asset);
        }
        List<String> links = stored == null ? links(index, contentLinks)
                : List.copyOf(new LinkedHashSet<>(contentLinks));
        List<String> offered = links.isEmpty() && stored == null ? List.of(name) : links;
        return new MessageStep(index, Channel.EMAIL, name, offered, emailAttachments.getOrDefault(name, List.of()),
                contents, keys);
    }

    private Step trigger(int index, TriggerTile trigger) {
        List<TriggerRule> rules = trigger.rules();
        int[] sources = new int[rules.size()];
        TriggerCondition[] conditions = new TriggerCondition[rules.size()];
        String[] links = new String[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            TriggerRule rule = rules.get(r);
            Integer source = idIndex.get(rule.source());
            sources[r] = source == null || source >= index || rule.condition() == null ? -1 : source;
            conditions[r] = rule.condition() == null ? TriggerCondition.DELIVERED : rule.condition();
            links[r] = rule.link() == null ? "" : rule.link();
        }
        Sequence whenTrue = sequence(trigger.whenTrue());
        Sequence whenFalse = sequence(trigger.whenFalse());
        return new TriggerStep(index, sources, conditions, links, trigger.join() != RuleJoin.OR,
                Deadline.of(trigger.timeout(), window.zone(), false), target == TargetKind.ACCOUNTS, whenTrue,
                whenFalse, keys);
    }

    /** The links a message offers: its stored links and those of its content, then those triggers watch for. */
    private List<String> links(int index, List<String> contentLinks) {
        Set<String> links = new LinkedHashSet<>(contentLinks);
        if (watches[index] != null) {
            links.addAll(watches[index].links());
        }
        return List.copyOf(links);
    }

    private static String name(String asset, Tile tile) {
        return asset == null || asset.isBlank() ? tile.displayName() : asset;
    }
}
