package org.waymark.store.content;

import static org.waymark.store.schema.Tables.MARKETING_EVENT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.MarketingEvent;

/** Events: when they start and end, and where. */
final class EventRows extends AssetRows {

    EventRows() {
        super(AssetKind.EVENT, MARKETING_EVENT, MARKETING_EVENT.ID, MARKETING_EVENT.NAME, MARKETING_EVENT.STATUS);
    }

    @Override
    Optional<Asset> find(DSLContext dsl, long id) {
        return dsl.selectFrom(MARKETING_EVENT).where(MARKETING_EVENT.ID.eq(id)).fetchOptional()
                .map(r -> new MarketingEvent(r.getId(), r.getName(), r.getStartsAt(), r.getEndsAt(), r.getPlace(),
                        status(r.getStatus())));
    }

    @Override
    long insert(DSLContext dsl, Asset asset) {
        MarketingEvent event = (MarketingEvent) asset;
        return dsl.insertInto(MARKETING_EVENT).set(MARKETING_EVENT.NAME, event.name())
                .set(MARKETING_EVENT.STARTS_AT, event.start()).set(MARKETING_EVENT.ENDS_AT, event.end())
                .set(MARKETING_EVENT.PLACE, event.place()).set(MARKETING_EVENT.STATUS, event.status().name())
                .returningResult(MARKETING_EVENT.ID).fetchOne().value1();
    }

    @Override
    void update(DSLContext dsl, Asset asset) {
        MarketingEvent event = (MarketingEvent) asset;
        dsl.update(MARKETING_EVENT).set(MARKETING_EVENT.NAME, event.name())
                .set(MARKETING_EVENT.STARTS_AT, event.start()).set(MARKETING_EVENT.ENDS_AT, event.end())
                .set(MARKETING_EVENT.PLACE, event.place()).set(MARKETING_EVENT.STATUS, event.status().name())
                .where(MARKETING_EVENT.ID.eq(event.id())).execute();
    }
}
