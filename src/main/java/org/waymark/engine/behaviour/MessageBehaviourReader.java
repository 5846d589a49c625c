package org.waymark.engine.behaviour;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a channel's behaviour ({@code $.channels.email}) or an asset's overrides of it
 * ({@code $.assets["White paper offer"]}): with a base, every field is optional and falls back to the base.
 */
final class MessageBehaviourReader {

    /** The sections of a channel, which an asset may override too. */
    static final List<String> SECTIONS = List.of("delivery", "open", "click", "attachment", "reply", "unsubscribe");

    private static final double DEFAULT_POSITION_DECAY = 0.6;

    private final StepReader steps;

    MessageBehaviourReader(StepReader steps) {
        this.steps = steps;
    }

    /** A channel's behaviour when {@code base} is null, else {@code base} with the overrides at {@code at}. */
    MessageBehaviour read(JsonAt at, MessageBehaviour base) {
        at.object();
        if (base == null) {
            at.onlyFields(SECTIONS);
        }
        JsonAt delivery = at.field("delivery");
        double hard;
        double soft;
        Delay deliveryDelay;
        if (base == null || !delivery.isMissing()) {
            delivery.object().onlyFields(List.of("hardBounceRate", "softBounceRate", "delay"));
            hard = optionalRate(delivery.field("hardBounceRate"), base == null ? null : base.hardBounceRate());
            soft = optionalRate(delivery.field("softBounceRate"), base == null ? null : base.softBounceRate());
            JsonAt delay = delivery.field("delay");
            deliveryDelay = base == null || !delay.isMissing() ? steps.delay(delay) : base.deliveryDelay();
            if (hard + soft > 1) {
                throw delivery.problem("hardBounceRate + softBounceRate must not be above 1");
            }
        } else {
            hard = base.hardBounceRate();
            soft = base.softBounceRate();
            deliveryDelay = base.deliveryDelay();
        }
        JsonAt openAt = at.field("open");
        Step open = base == null ? null : base.open();
        DeviceMix devices = base == null ? null : base.devices();
        if (!openAt.isMissing()) {
            openAt.object().onlyFields(List.of("rate", "delay", "devices"));
            JsonAt devicesAt = openAt.field("devices");
            if (base != null && open == null && !openAt.has("delay")) {
                // the channel does not track opens and this override does not add them: only check it
                openAt.field("rate").rate();
                if (!devicesAt.isMissing()) {
                    devices(devicesAt);
                }
            } else {
                open = steps.step(openAt, open);
                if (devices == null || !devicesAt.isMissing()) {
                    devices = devices(devicesAt);
                }
            }
        }
        JsonAt clickAt = at.field("click");
        if (!clickAt.isMissing()) {
            clickAt.object().onlyFields(List.of("rate", "delay", "positionDecay", "moreLinksRate", "links"));
        }
        Step click = steps.step(clickAt, base == null ? null : base.click());
        double decay = clickAt.has("positionDecay") ? clickAt.field("positionDecay").rate()
                : base == null ? DEFAULT_POSITION_DECAY : base.positionDecay();
        double more = clickAt.has("moreLinksRate") ? clickAt.field("moreLinksRate").rate()
                : base == null ? 0 : base.moreLinksRate();
        Map<String, Double> links = clickAt.has("links") ? linkWeights(clickAt.field("links"))
                : base == null ? Map.of() : base.linkWeights();
        Step attachment = steps.plainStep(at.field("attachment"), base == null ? null : base.attachment());
        Step reply = steps.plainStep(at.field("reply"), base == null ? null : base.reply());
        Step unsubscribe = steps.plainStep(at.field("unsubscribe"), base == null ? null : base.unsubscribe());
        return new MessageBehaviour(hard, soft, deliveryDelay, open, devices, click, decay, more, links,
                attachment, reply, unsubscribe);
    }

    private static double optionalRate(JsonAt at, Double fallback) {
        return at.isMissing() && fallback != null ? fallback : at.rate();
    }

    private static DeviceMix devices(JsonAt at) {
        at.object().onlyFields(List.of(DeviceMix.DESKTOP, DeviceMix.MOBILE, DeviceMix.TABLET));
        double desktop = weight(at.field(DeviceMix.DESKTOP));
        double mobile = weight(at.field(DeviceMix.MOBILE));
        double tablet = weight(at.field(DeviceMix.TABLET));
        if (desktop + mobile + tablet <= 0) {
            throw at.problem("the device weights must add up to more than 0");
        }
        return new DeviceMix(desktop, mobile, tablet);
    }

    private static double weight(JsonAt at) {
        return at.isMissing() ? 0 : at.nonNegative();
    }

    private static Map<String, Double> linkWeights(JsonAt at) {
        at.object();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String label : at.fieldNames()) {
            weights.put(label, at.field(label).nonNegative());
        }
        return weights;
    }
}
