package org.waymark.model.content;

import java.util.List;

/** A marketing form: the fields a visitor fills, in order. */
public record MarketingForm(long id, String name, List<FormField> fields, AssetStatus status) implements Asset {

    public MarketingForm {
        name = Strings.orEmpty(name);
        fields = List.copyOf(fields);
    }

    @Override
    public AssetKind kind() {
        return AssetKind.MARKETING_FORM;
    }

    @Override
    public MarketingForm withId(long newId) {
        return new MarketingForm(newId, name, fields, status);
    }

    @Override
    public MarketingForm withStatus(AssetStatus newStatus) {
        return new MarketingForm(id, name, fields, newStatus);
    }
}
