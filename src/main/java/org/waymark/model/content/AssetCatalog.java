package org.waymark.model.content;

import java.util.List;
import java.util.Optional;

/**
 * What a journey can point at: the names of stored emails, forms, segments… The designer's pickers and
 * quick-create use it; the store implements it.
 */
public interface AssetCatalog {

    /** Names of every record of this kind, sorted. */
    List<String> names(AssetKind kind);

    /** The link labels of the named email, in the order they appear; empty when there is no such email. */
    List<String> emailLinks(String emailName);

    /**
     * The labels of the named email's followed links — those whose clicks are tracked — in the order they appear;
     * empty when there is no such email. A catalog that keeps no "followed" flag follows every link.
     */
    default List<String> followedEmailLinks(String emailName) {
        return emailLinks(emailName);
    }

    /**
     * The file names of the named email's followed attachments — those whose views are tracked — in the order they
     * were added; empty when there is no such email or the catalog knows no attachments.
     */
    default List<String> followedEmailAttachments(String emailName) {
        return List.of();
    }

    /**
     * Whether the named record of this kind is a draft or published; empty when there is none. A catalog that keeps
     * no status treats every record it names as published. Kinds without a status (segments) are published.
     */
    default Optional<AssetStatus> status(AssetKind kind, String name) {
        return names(kind).contains(name) ? Optional.of(AssetStatus.PUBLISHED) : Optional.empty();
    }

    /**
     * Creates a draft marketing email with this name and subject, ready for a tile to point at.
     * Throws {@link IllegalArgumentException} with a message for the user when the name is empty or taken.
     */
    void createEmail(String name, String subject);
}
