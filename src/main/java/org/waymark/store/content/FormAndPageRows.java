package org.waymark.store.content;

import static org.waymark.store.schema.Tables.MARKETING_FORM;
import static org.waymark.store.schema.Tables.MARKETING_PAGE;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.FormFieldsJson;
import org.waymark.model.content.InvalidAssetException;
import org.waymark.model.content.MarketingForm;
import org.waymark.model.content.MarketingPage;

/** Marketing forms (their fields as JSON) and the pages that may show one, by the form's name. */
final class FormAndPageRows {

    private FormAndPageRows() {
    }

    static final class Forms extends AssetRows {
        private final FormFieldsJson json = new FormFieldsJson();

        Forms() {
            super(AssetKind.MARKETING_FORM, MARKETING_FORM, MARKETING_FORM.ID, MARKETING_FORM.NAME,
                    MARKETING_FORM.STATUS);
        }

        @Override
        Optional<Asset> find(DSLContext dsl, long id) {
            return dsl.selectFrom(MARKETING_FORM).where(MARKETING_FORM.ID.eq(id)).fetchOptional()
                    .map(r -> new MarketingForm(r.getId(), r.getName(), json.read(r.getFieldsJson()),
                            status(r.getStatus())));
        }

        @Override
        long insert(DSLContext dsl, Asset asset) {
            MarketingForm form = (MarketingForm) asset;
            return dsl.insertInto(MARKETING_FORM).set(MARKETING_FORM.NAME, form.name())
                    .set(MARKETING_FORM.FIELDS_JSON, json.write(form.fields()))
                    .set(MARKETING_FORM.STATUS, form.status().name())
                    .returningResult(MARKETING_FORM.ID).fetchOne().value1();
        }

        @Override
        void update(DSLContext dsl, Asset asset) {
            MarketingForm form = (MarketingForm) asset;
            dsl.update(MARKETING_FORM).set(MARKETING_FORM.NAME, form.name())
                    .set(MARKETING_FORM.FIELDS_JSON, json.write(form.fields()))
                    .set(MARKETING_FORM.STATUS, form.status().name()).where(MARKETING_FORM.ID.eq(form.id())).execute();
        }

        @Override
        Optional<String> inUse(DSLContext dsl, long id) {
            List<String> pages = dsl.select(MARKETING_PAGE.NAME).from(MARKETING_PAGE)
                    .where(MARKETING_PAGE.FORM_ID.eq(id)).orderBy(MARKETING_PAGE.NAME).fetch(MARKETING_PAGE.NAME);
            return pages.isEmpty() ? Optional.empty() : Optional.of("the marketing page"
                    + (pages.size() == 1 ? " '" : "s '") + String.join("', '", pages)
                    + "' show" + (pages.size() == 1 ? "s" : "") + " this form; choose another form there first");
        }
    }

    static final class Pages extends AssetRows {
        Pages() {
            super(AssetKind.MARKETING_PAGE, MARKETING_PAGE, MARKETING_PAGE.ID, MARKETING_PAGE.NAME,
                    MARKETING_PAGE.STATUS);
        }

        @Override
        Optional<Asset> find(DSLContext dsl, long id) {
            return dsl.select(MARKETING_PAGE.ID, MARKETING_PAGE.NAME, MARKETING_PAGE.URL, MARKETING_PAGE.STATUS,
                            MARKETING_FORM.NAME)
                    .from(MARKETING_PAGE).leftJoin(MARKETING_FORM).on(MARKETING_FORM.ID.eq(MARKETING_PAGE.FORM_ID))
                    .where(MARKETING_PAGE.ID.eq(id)).fetchOptional()
                    .map(r -> new MarketingPage(r.get(MARKETING_PAGE.ID), r.get(MARKETING_PAGE.NAME),
                            r.get(MARKETING_PAGE.URL), r.get(MARKETING_FORM.NAME), status(r.get(MARKETING_PAGE.STATUS))));
        }

        @Override
        long insert(DSLContext dsl, Asset asset) {
            MarketingPage page = (MarketingPage) asset;
            return dsl.insertInto(MARKETING_PAGE).set(MARKETING_PAGE.NAME, page.name())
                    .set(MARKETING_PAGE.URL, page.url()).set(MARKETING_PAGE.FORM_ID, formId(dsl, page.form()))
                    .set(MARKETING_PAGE.STATUS, page.status().name())
                    .returningResult(MARKETING_PAGE.ID).fetchOne().value1();
        }

        @Override
        void update(DSLContext dsl, Asset asset) {
            MarketingPage page = (MarketingPage) asset;
            dsl.update(MARKETING_PAGE).set(MARKETING_PAGE.NAME, page.name()).set(MARKETING_PAGE.URL, page.url())
                    .set(MARKETING_PAGE.FORM_ID, formId(dsl, page.form()))
                    .set(MARKETING_PAGE.STATUS, page.status().name()).where(MARKETING_PAGE.ID.eq(page.id())).execute();
        }

        private static Long formId(DSLContext dsl, String form) {
            if (form.isBlank()) {
                return null;
            }
            return dsl.select(MARKETING_FORM.ID).from(MARKETING_FORM).where(MARKETING_FORM.NAME.eq(form))
                    .fetchOptional(MARKETING_FORM.ID).orElseThrow(() -> new InvalidAssetException("Form",
                            "there is no marketing form named '" + form + "'; pick one from the list"));
        }
    }
}
