package org.waymark.model.content;

import java.time.LocalDateTime;

/** An event contacts can register for and attend: when it starts, when it ends (may be null) and where. */
public record MarketingEvent(long id, String name, LocalDateTime start, LocalDateTime end, String place,
                             AssetStatus status) implements Asset {

    public MarketingEvent {
        name = Strings.orEmpty(name);
        place = Strings.orEmpty(place);
    }

    @Override
    public AssetKind kind() {
        return AssetKind.EVENT;
    }

    @Override
    public MarketingEvent withId(long newId) {
        return new MarketingEvent(newId, name, start, end, place, status);
    }

    @Override
    public MarketingEvent withStatus(AssetStatus newStatus) {
        return new MarketingEvent(id, name, start, end, place, newStatus);
    }
}
