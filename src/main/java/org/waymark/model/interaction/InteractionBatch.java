package org.waymark.model.interaction;

import java.util.Arrays;

/**
 * Interactions held column by column, for the millions a simulation produces: one growable primitive array per
 * field instead of one object per interaction. Strings (subtype, asset name, detail, web address) are shared
 * references, so a million "opened" rows hold one string. Rows are appended in the order they are to be written;
 * nothing is sorted here.
 *
 * <p>{@code contactId} or {@code accountId} may be absent ({@link #NONE}); {@code occurredAt} is epoch seconds
 * (UTC); {@code assetId} is {@link #NONE} when the asset has no stored id.
 */
public final class InteractionBatch {

    /** The value of an absent id. */
    public static final long NONE = Long.MIN_VALUE;

    private long[] contactIds;
    private long[] accountIds;
    private byte[] types;
    private String[] subtypes;
    private long[] occurredAt;
    private String[] assetKinds;
    private long[] assetIds;
    private String[] assetNames;
    private String[] details;
    private String[] urls;
    /** The journey tile each row came from (shared references), or null. */
    private String[] tiles;
    private int size;

    public InteractionBatch() {
        this(1024);
    }

    public InteractionBatch(int capacity) {
        int initial = Math.max(16, capacity);
        contactIds = new long[initial];
        accountIds = new long[initial];
        types = new byte[initial];
        subtypes = new String[initial];
        occurredAt = new long[initial];
        assetKinds = new String[initial];
        assetIds = new long[initial];
        assetNames = new String[initial];
        details = new String[initial];
        urls = new String[initial];
        tiles = new String[initial];
    }

    /**
     * Appends one interaction. {@code assetKind} is a short code such as "EMAIL" or "FORM" (or null),
     * {@code detail} and {@code url} may be null.
     */
    public void add(long contactId, long accountId, InteractionType type, String subtype, long occurredAtEpochSecond,
                    String assetKind, long assetId, String assetName, String detail, String url) {
        if (size == contactIds.length) {
            grow();
        }
        contactIds[size] = contactId;
        accountIds[size] = accountId;
        types[size] = (byte) type.ordinal();
        subtypes[size] = subtype;
        occurredAt[size] = occurredAtEpochSecond;
        assetKinds[size] = assetKind;
        assetIds[size] = assetId;
        assetNames[size] = assetName;
        details[size] = detail;
        urls[size] = url;
        size++;
    }

    /** Appends every row of {@code other}, in its order. */
    public void addAll(InteractionBatch other) {
        for (int i = 0; i < other.size; i++) {
            add(other.contactIds[i], other.accountIds[i], other.type(i), other.subtypes[i], other.occurredAt[i],
                    other.assetKinds[i], other.assetIds[i], other.assetNames[i], other.details[i], other.urls[i]);
            tiles[size - 1] = other.tiles[i];
        }
    }

    /** Appends every row of {@code other}, in its order, as coming from the journey tile {@code tileId}. */
    public void addAll(InteractionBatch other, String tileId) {
        for (int i = 0; i < other.size; i++) {
            add(other.contactIds[i], other.accountIds[i], other.type(i), other.subtypes[i], other.occurredAt[i],
                    other.assetKinds[i], other.assetIds[i], other.assetNames[i], other.details[i], other.urls[i]);
            tiles[size - 1] = tileId;
        }
    }

    /** The id of the journey tile the row came from, or null when it is not known. */
    public String tile(int row) {
        return tiles[check(row)];
    }

    public int size() {
        return size;
    }

    public long contactId(int row) {
        return contactIds[check(row)];
    }

    public long accountId(int row) {
        return accountIds[check(row)];
    }

    public InteractionType type(int row) {
        return InteractionType.values()[types[check(row)]];
    }

    public String subtype(int row) {
        return subtypes[check(row)];
    }

    public long occurredAt(int row) {
        return occurredAt[check(row)];
    }

    public String assetKind(int row) {
        return assetKinds[check(row)];
    }

    public long assetId(int row) {
        return assetIds[check(row)];
    }

    public String assetName(int row) {
        return assetNames[check(row)];
    }

    public String detail(int row) {
        return details[check(row)];
    }

    public String url(int row) {
        return urls[check(row)];
    }

    private int check(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return row;
    }

    private void grow() {
        int bigger = contactIds.length * 2;
        contactIds = Arrays.copyOf(contactIds, bigger);
        accountIds = Arrays.copyOf(accountIds, bigger);
        types = Arrays.copyOf(types, bigger);
        subtypes = Arrays.copyOf(subtypes, bigger);
        occurredAt = Arrays.copyOf(occurredAt, bigger);
        assetKinds = Arrays.copyOf(assetKinds, bigger);
        assetIds = Arrays.copyOf(assetIds, bigger);
        assetNames = Arrays.copyOf(assetNames, bigger);
        details = Arrays.copyOf(details, bigger);
        urls = Arrays.copyOf(urls, bigger);
        tiles = Arrays.copyOf(tiles, bigger);
    }
}
