package org.waymark.model.content;

/** One line of the content list: which asset, its name and whether it is published. */
public record AssetSummary(AssetKind kind, long id, String name, AssetStatus status) {
}
