package org.waymark.store.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetChecks;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetProblem;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.AssetSummary;
import org.waymark.model.content.InvalidAssetException;
import org.waymark.model.content.MarketingPage;
import org.waymark.store.Store;

/**
 * The marketing assets as the Content tab edits them: every asset by kind, one asset whole (an email with its links
 * and attachments), saved in one transaction, deleted. A save is checked first ({@link AssetChecks}: for publishing
 * when the asset is to be published) and refused with problems that name their fields: a taken name, a missing
 * form; nothing is half-written.
 */
public final class ContentRepository {

    /** The kinds the Content tab lists, in its order. */
    public static final List<AssetKind> KINDS = List.of(AssetKind.EMAIL, AssetKind.SMS, AssetKind.PUSH_NOTIFICATION,
            AssetKind.MARKETING_FORM, AssetKind.MARKETING_PAGE, AssetKind.EVENT);

    private final DSLContext dsl;
    private final AssetChecks checks = new AssetChecks();
    private final Map<AssetKind, AssetRows> rows = new EnumMap<>(AssetKind.class);

    public ContentRepository(Store store) {
        this(store.dsl());
    }

    ContentRepository(DSLContext dsl) {
        this.dsl = dsl;
        for (AssetRows kind : List.of(new EmailRows(), new MessageRows.Sms(), new MessageRows.Push(),
                new FormAndPageRows.Forms(), new FormAndPageRows.Pages(), new EventRows())) {
            rows.put(kind.kind(), kind);
        }
    }

    /** Every asset, emails first, then text messages, push notifications, forms, pages and events; by name in each. */
    public List<AssetSummary> list() {
        List<AssetSummary> all = new ArrayList<>();
        for (AssetKind kind : KINDS) {
            all.addAll(rows(kind).summaries(dsl));
        }
        return all;
    }

    public Optional<Asset> find(AssetKind kind, long id) {
        return rows(kind).find(dsl, id);
    }

    /** Whether the named asset is a draft or published; empty when there is none (or the kind has no status). */
    public Optional<AssetStatus> status(AssetKind kind, String name) {
        AssetRows kindRows = rows.get(kind);
        return kindRows == null ? Optional.empty() : kindRows.statusOf(dsl, name);
    }

    /**
     * Stores {@code asset} (new when its id is 0) with its children, all or nothing, and returns it as stored. A
     * published asset must pass the publishing checks, a draft only those for saving.
     *
     * @throws InvalidAssetException naming the fields that stop it
     */
    public Asset save(Asset asset) {
        List<AssetProblem> problems = asset.status() == AssetStatus.PUBLISHED ? checks.forPublish(asset)
                : checks.forSave(asset);
        if (!problems.isEmpty()) {
            throw new InvalidAssetException(problems);
        }
        AssetRows kindRows = rows(asset.kind());
        String name = asset.name().strip();
        try {
            return dsl.transactionResult(tx -> {
                DSLContext ctx = tx.dsl();
                if (kindRows.nameTaken(ctx, name, asset.id())) {
                    throw taken(asset.kind(), name);
                }
                if (asset instanceof MarketingPage page && page.status() == AssetStatus.PUBLISHED) {
                    formPublished(ctx, page.form());
                }
                long id = asset.id();
                if (id == 0) {
                    id = kindRows.insert(ctx, asset);
                } else if (kindRows.exists(ctx, id)) {
                    kindRows.update(ctx, asset);
                } else {
                    throw new InvalidAssetException("Name", "the " + asset.kind().label() + " '" + name
                            + "' is no longer in the store; it was deleted");
                }
                return kindRows.find(ctx, id).orElseThrow();
            });
        } catch (IntegrityConstraintViolationException e) {
            throw taken(asset.kind(), name);
        }
    }

    /**
     * Deletes the asset; false when it was already gone.
     *
     * @throws InvalidAssetException when another asset uses it (a page showing a form)
     */
    public boolean delete(AssetKind kind, long id) {
        AssetRows kindRows = rows(kind);
        return dsl.transactionResult(tx -> {
            Optional<String> use = kindRows.inUse(tx.dsl(), id);
            if (use.isPresent()) {
                throw new InvalidAssetException("Name", use.get());
            }
            return kindRows.delete(tx.dsl(), id);
        });
    }

    private void formPublished(DSLContext ctx, String form) {
        if (!form.isBlank() && rows(AssetKind.MARKETING_FORM).statusOf(ctx, form).orElse(AssetStatus.PUBLISHED)
                == AssetStatus.DRAFT) {
            throw new InvalidAssetException("Form", "the marketing form '" + form
                    + "' is a draft; publish it before the page");
        }
    }

    private static InvalidAssetException taken(AssetKind kind, String name) {
        return new InvalidAssetException("Name", "a " + kind.label() + " named '" + name
                + "' already exists (names are compared ignoring letter case); choose another name");
    }

    private AssetRows rows(AssetKind kind) {
        AssetRows kindRows = rows.get(kind);
        if (kindRows == null) {
            throw new IllegalArgumentException(kind.label().toLowerCase(Locale.ROOT) + "s are not content assets");
        }
        return kindRows;
    }
}
