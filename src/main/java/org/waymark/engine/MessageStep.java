package org.waymark.engine;

import java.util.List;
import org.waymark.engine.behaviour.ContactTraits;
import org.waymark.engine.behaviour.MessageContent;
import org.waymark.engine.behaviour.MessageResponse;
import org.waymark.engine.behaviour.TimedEvent;
import org.waymark.engine.Channel.Response;
import org.waymark.model.tile.TriggerCondition;

/**
 * An email, SMS or push tile: sends to each arriving contact at once (the contact passes the tile at send
 * time), asks the behaviour model how the contact responds, and records the responses that happen before the
 * run ends as interactions, as tile counts (contacts, not events) and, where a trigger watches, as event times.
 * Clicks name the link, attachment views the file: only the followed links and attachments the tile was given.
 * An email's pages, forms and events follow the clicks on their links. An email unsubscription removes the
 * contact from a journey that targets a subscription list. A push notification has no separate open: the first
 * tap opens it.
 */
final class MessageStep extends Step {

    private final Channel channel;
    private final String assetName;
    private final MessageContent content;
    private final List<ContentStep> contents;
    private final int[] keys;

    MessageStep(int tile, Channel channel, String assetName, List<String> links, List<String> attachments,
                List<ContentStep> contents, TileKeys tileKeys) {
        super(tile);
        this.channel = channel;
        this.assetName = assetName;
        this.content = new MessageContent(channel.modelName(), assetName, List.copyOf(links), List.copyOf(attachments));
        this.contents = List.copyOf(contents);
        this.keys = new int[Response.values().length];
        for (Response response : Response.values()) {
            keys[response.ordinal()] = channel.key(response);
        }
        tileKeys.declareMessages(tile, channel.responses().stream().map(Response::subtype).toArray(String[]::new));
    }

    @Override
    Cohort run(ChunkState state, Cohort arriving) {
        state.enter(tile, arriving);
        Cohort next = new Cohort(arriving.size());
        RowBuffer rows = state.rows();
        for (int k = 0; k < arriving.size(); k++) {
            int position = arriving.position(k);
            long sentAt = arriving.time(k);
            ContactTraits traits = state.traits(position);
            MessageResponse response = state.model().respond(traits, content, sentAt, state.random(), tile);
            rows.begin(state.runEnd());
            record(state, position, sentAt, response, rows);
            rows.flush(state.interactions(tile), traits.contactId(), traits.accountId(), channel.type(),
                    channel.assetKind(), assetName);
            for (ContentStep follow : contents) {
                follow.follow(state, position, traits, response.clicks());
            }
            state.leave(tile, position, sentAt, next);
        }
        return next;
    }

    private void record(ChunkState state, int position, long sentAt, MessageResponse response, RowBuffer rows) {
        EventLog log = state.log(tile);
        add(state, rows, Response.SENT, sentAt, null);
        if (response.bounce() != null) {
            long at = response.deliveredAt() >= 0 ? response.deliveredAt() : sentAt;
            if (add(state, rows, Response.BOUNCED, at, response.bounce()) && log != null) {
                log.record(TriggerCondition.BOUNCED, position, at);
            }
        }
        if (response.delivered() && add(state, rows, Response.DELIVERED, response.deliveredAt(), null)
                && log != null) {
            log.record(TriggerCondition.DELIVERED, position, response.deliveredAt());
        }
        long openedAt = channel == Channel.PUSH && response.openedAt() < 0 ? firstClick(response.clicks())
                : response.openedAt();
        if (add(state, rows, Response.OPENED, openedAt, response.device()) && log != null) {
            log.record(TriggerCondition.OPENED, position, openedAt);
        }
        addAll(state, rows, Response.CLICKED, response.clicks());
        if (log != null && response.clicks() != null) {
            for (TimedEvent click : response.clicks()) {
                if (click.at() >= 0 && click.at() < state.runEnd()) {
                    log.record(TriggerCondition.CLICKED, position, click.at());
                    log.recordLink(click.what(), position, click.at());
                }
            }
        }
        if (addAll(state, rows, Response.ATTACHMENT_VIEWED, response.attachmentViews()) && log != null) {
            for (TimedEvent view : response.attachmentViews()) {
                if (view.at() >= 0 && view.at() < state.runEnd()) {
                    log.record(TriggerCondition.ATTACHMENT_VIEWED, position, view.at());
                }
            }
        }
        add(state, rows, Response.REPLIED, response.repliedAt(), null);
        if (add(state, rows, Response.UNSUBSCRIBED, response.unsubscribedAt(), null)) {
            state.unsubscribed(position, response.unsubscribedAt());
        }
    }

    /** A push notification is opened by tapping it: the first tap counts as its opening. */
    private static long firstClick(List<TimedEvent> clicks) {
        long first = -1;
        if (clicks != null) {
            for (TimedEvent click : clicks) {
                if (click.at() >= 0 && (first < 0 || click.at() < first)) {
                    first = click.at();
                }
            }
        }
        return first;
    }

    /** Records one response if this channel records it and it happened in time; counts the contact once. */
    private boolean add(ChunkState state, RowBuffer rows, Response response, long at, String detail) {
        int key = keys[response.ordinal()];
        if (key < 0 || !rows.add(response.subtype(), at, detail)) {
            return false;
        }
        state.counters().count(tile, key);
        return true;
    }

    private boolean addAll(ChunkState state, RowBuffer rows, Response response, List<TimedEvent> events) {
        int key = keys[response.ordinal()];
        if (key < 0 || events == null) {
            return false;
        }
        boolean any = false;
        for (TimedEvent event : events) {
            any |= rows.add(response.subtype(), event.at(), event.what());
        }
        if (any) {
            state.counters().count(tile, key);
        }
        return any;
    }
}
