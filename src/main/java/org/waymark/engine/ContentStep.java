package org.waymark.engine;

import java.util.List;
import org.waymark.engine.behaviour.ContactTraits;
import org.waymark.engine.behaviour.ContentResponse;
import org.waymark.engine.behaviour.TimedEvent;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.tile.TriggerCondition;

/**
 * A page, form or event inside an email: a contact who clicks its link (labelled with the asset's name) is
 * counted in and through it, and the behaviour model says whether and when the contact visits the page,
 * visits and submits the form, or registers for and attends the event.
 */
final class ContentStep {

    /** What kind of content, as the behaviour model names it, with the interactions it records. */
    enum Kind {
        PAGE(InteractionType.WEB, "page"), FORM(InteractionType.FORM, "form"), EVENT(InteractionType.EVENT, "event");

        private final InteractionType type;
        private final String assetKind;

        Kind(InteractionType type, String assetKind) {
            this.type = type;
            this.assetKind = assetKind;
        }
    }

    private final int tile;
    private final Kind kind;
    private final String assetName;
    private final String link;

    ContentStep(int tile, Kind kind, String assetName, String link, TileKeys keys) {
        this.tile = tile;
        this.kind = kind;
        this.assetName = assetName;
        this.link = link;
        switch (kind) {
            case PAGE -> keys.declareMessages(tile, "visited");
            case FORM -> keys.declareMessages(tile, "visited", "submitted");
            case EVENT -> keys.declareMessages(tile, "registered", "attended");
        }
    }

    void follow(ChunkState state, int position, ContactTraits traits, List<TimedEvent> clicks) {
        long clickedAt = firstClick(clicks, state.runEnd());
        if (clickedAt < 0) {
            return;
        }
        TileCounters counters = state.counters();
        counters.entered[tile]++;
        counters.passed[tile]++;
        ContentResponse response = state.model().content(traits, kind.name(), assetName, clickedAt, state.random(),
                tile);
        RowBuffer rows = state.rows();
        rows.begin(state.runEnd());
        EventLog log = state.log(tile);
        switch (kind) {
            case PAGE -> record(state, rows, log, "visited", 0, response.visitedAt(), TriggerCondition.PAGE_VISITED,
                    position);
            case FORM -> {
                record(state, rows, log, "visited", 0, response.visitedAt(), TriggerCondition.PAGE_VISITED, position);
                record(state, rows, log, "submitted", 1, response.submittedAt(), TriggerCondition.FORM_SUBMITTED,
                        position);
            }
            case EVENT -> {
                record(state, rows, log, "registered", 0, response.registeredAt(), TriggerCondition.REGISTERED,
                        position);
                record(state, rows, log, "attended", 1, response.attendedAt(), TriggerCondition.ATTENDED, position);
            }
        }
        rows.flush(state.interactions(tile), traits.contactId(), traits.accountId(), kind.type, kind.assetKind,
                assetName);
    }

    private void record(ChunkState state, RowBuffer rows, EventLog log, String subtype, int key, long at,
                        TriggerCondition condition, int position) {
        if (rows.add(subtype, at, null)) {
            state.counters().count(tile, key);
            if (log != null) {
                log.record(condition, position, at);
            }
        }
    }

    private long firstClick(List<TimedEvent> clicks, long until) {
        long first = -1;
        if (clicks != null) {
            for (TimedEvent click : clicks) {
                if (link.equals(click.what()) && click.at() >= 0 && click.at() < until
                        && (first < 0 || click.at() < first)) {
                    first = click.at();
                }
            }
        }
        return first;
    }
}
