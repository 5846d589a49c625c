package org.waymark.ui.content;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.MarketingPage;
import org.waymark.model.content.WebAddress;

/** A marketing page being edited: its web address and the form it shows ("" for none). */
public final class PageEditorModel extends AssetEditorModel {

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty form = new SimpleStringProperty("");

    public PageEditorModel() {
        watch(url, form);
    }

    @Override
    public AssetKind kind() {
        return AssetKind.MARKETING_PAGE;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty formProperty() {
        return form;
    }

    @Override
    protected void fill(Asset asset) {
        url.set(((MarketingPage) asset).url());
        form.set(((MarketingPage) asset).form());
    }

    @Override
    protected Asset build(long id, AssetStatus status) {
        return new MarketingPage(id, nameProperty().get(), url.get(), form.get() == null ? "" : form.get(), status);
    }

    @Override
    protected String notesFor(Asset asset) {
        return WebAddress.problem(((MarketingPage) asset).url()).map(p -> "URL: " + p).orElse("");
    }
}
