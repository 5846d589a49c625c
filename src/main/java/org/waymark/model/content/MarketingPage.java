package org.waymark.model.content;

/** A marketing page: its web address and, optionally, the name of the form it shows ("" for none). */
public record MarketingPage(long id, String name, String url, String form, AssetStatus status) implements Asset {

    public MarketingPage {
        name = Strings.orEmpty(name);
        url = Strings.orEmpty(url);
        form = Strings.orEmpty(form);
    }

    @Override
    public AssetKind kind() {
        return AssetKind.MARKETING_PAGE;
    }

    @Override
    public MarketingPage withId(long newId) {
        return new MarketingPage(newId, name, url, form, status);
    }

    @Override
    public MarketingPage withStatus(AssetStatus newStatus) {
        return new MarketingPage(id, name, url, form, newStatus);
    }
}
