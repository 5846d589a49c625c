package org.waymark.model.content;

/** What is wrong with an asset: the field ("Subject", "Link 2 URL") and a sentence the user can act on. */
public record AssetProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
