package org.waymark.engine.behaviour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Decides how one contact responds to one message. Every decision draws with its own {@link Purpose}, so
 * the outcome depends only on the seed, the contact, the tile and the behaviour; the common outcomes
 * (bounced, delivered but not opened) allocate at most the response itself.
 */
final class MessageResponder {

    private static final List<TimedEvent> NONE = List.of();
    private static final List<String> NO_LABELS = List.of();
    private static final Comparator<TimedEvent> BY_TIME = Comparator.comparingLong(TimedEvent::at);
    static final MessageResponse HARD_BOUNCE = new MessageResponse(false, "hard", -1, -1, null, NONE, NONE, -1, -1);
    static final MessageResponse SOFT_BOUNCE = new MessageResponse(false, "soft", -1, -1, null, NONE, NONE, -1, -1);

    private final ContactModifiers modifiers;

    MessageResponder(ContactModifiers modifiers) {
        this.modifiers = modifiers;
    }

    MessageResponse respond(MessageBehaviour b, ContactTraits contact, MessageContent message, long sentAt,
                            DeterministicRandom random, int tile) {
        long key = contact.contactId();
        long mask = modifiers.matching(contact);
        double hard = modifiers.apply(b.hardBounceRate(), mask, RateKind.BOUNCE);
        double soft = Math.min(1 - hard, modifiers.apply(b.softBounceRate(), mask, RateKind.BOUNCE));
        double u = random.uniform(key, tile, Purpose.DELIVERY);
        if (u < hard) {
            return HARD_BOUNCE;
        }
        if (u < hard + soft) {
            return SOFT_BOUNCE;
        }
        long deliveredAt = sentAt + b.deliveryDelay().seconds(random.uniform(key, tile, Purpose.DELIVERY_DELAY));
        long unsubscribedAt = happensAfter(b.unsubscribe(), RateKind.UNSUBSCRIBE, deliveredAt, key, tile, mask,
                random, Purpose.UNSUBSCRIBE, Purpose.UNSUBSCRIBE_DELAY);
        long openedAt = -1;
        String device = null;
        long engagedFrom = deliveredAt;
        if (b.tracksOpens()) {
            openedAt = happensAfter(b.open(), RateKind.OPEN, deliveredAt, key, tile, mask, random,
                    Purpose.OPEN, Purpose.OPEN_DELAY);
            if (openedAt < 0) {
                return new MessageResponse(true, null, deliveredAt, -1, null, NONE, NONE, -1, unsubscribedAt);
            }
            device = b.devices().pick(random.uniform(key, tile, Purpose.DEVICE));
            engagedFrom = openedAt;
        }
        List<TimedEvent> clicks = clicks(b, message, engagedFrom, key, tile, mask, random);
        List<TimedEvent> views = attachmentViews(b, message.followedAttachments(), engagedFrom, key, tile, mask, random);
        long repliedAt = happensAfter(b.reply(), RateKind.REPLY, engagedFrom, key, tile, mask, random,
                Purpose.REPLY, Purpose.REPLY_DELAY);
        return new MessageResponse(true, null, deliveredAt, openedAt, device, clicks, views, repliedAt, unsubscribedAt);
    }

    /** The time of a step taken with the step's (modified) rate after {@code from}, or -1. */
    private long happensAfter(Step step, RateKind kind, long from, long key, int tile, long mask,
                              DeterministicRandom random, int decision, int delay) {
        if (!step.possible()) {
            return -1;
        }
        if (random.uniform(key, tile, decision) >= modifiers.apply(step.rate(), mask, kind)) {
            return -1;
        }
        return from + step.delay().seconds(random.uniform(key, tile, delay));
    }

    private List<TimedEvent> clicks(MessageBehaviour b, MessageContent message, long from, long key, int tile,
                                    long mask, DeterministicRandom random) {
        Step click = b.click();
        if (!click.possible()
                || random.uniform(key, tile, Purpose.CLICK) >= modifiers.apply(click.rate(), mask, RateKind.CLICK)) {
            return NONE;
        }
        List<String> links = message.followedLinks() == null ? NO_LABELS : message.followedLinks();
        if (links.isEmpty()) {
            if (b.tracksOpens()) {
                return NONE;
            }
            long at = from + click.delay().seconds(random.uniform(key, tile, Purpose.CLICK_DELAY));
            return List.of(new TimedEvent(message.assetName(), at));
        }
        int first = firstLink(b, links, random.uniform(key, tile, Purpose.CLICK_LINK));
        List<TimedEvent> clicks = new ArrayList<>(2);
        for (int i = 0; i < links.size(); i++) {
            if (i == first || random.uniform(key, tile, Purpose.indexed(Purpose.MORE_LINKS, i)) < b.moreLinksRate()) {
                long at = from + click.delay().seconds(random.uniform(key, tile, Purpose.indexed(Purpose.CLICK_DELAY, i)));
                clicks.add(new TimedEvent(links.get(i), at));
            }
        }
        if (clicks.size() > 1) {
            clicks.sort(BY_TIME);
        }
        return Collections.unmodifiableList(clicks);
    }

    private static int firstLink(MessageBehaviour b, List<String> links, double u) {
        int count = links.size();
        if (count == 1) {
            return 0;
        }
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += b.linkWeight(links.get(i), i);
        }
        double target = u * total;
        double running = 0;
        for (int i = 0; i < count; i++) {
            running += b.linkWeight(links.get(i), i);
            if (target < running) {
                return i;
            }
        }
        return count - 1;
    }

    private List<TimedEvent> attachmentViews(MessageBehaviour b, List<String> files, long from, long key, int tile,
                                             long mask, DeterministicRandom random) {
        Step view = b.attachment();
        if (files == null || files.isEmpty() || !view.possible()) {
            return NONE;
        }
        double rate = modifiers.apply(view.rate(), mask, RateKind.ATTACHMENT);
        List<TimedEvent> views = null;
        for (int i = 0; i < files.size(); i++) {
            if (random.uniform(key, tile, Purpose.indexed(Purpose.ATTACHMENT, i)) < rate) {
                long at = from + view.delay().seconds(random.uniform(key, tile, Purpose.indexed(Purpose.ATTACHMENT_DELAY, i)));
                if (views == null) {
                    views = new ArrayList<>(files.size());
                }
                views.add(new TimedEvent(files.get(i), at));
            }
        }
        if (views == null) {
            return NONE;
        }
        if (views.size() > 1) {
            views.sort(BY_TIME);
        }
        return Collections.unmodifiableList(views);
    }
}
