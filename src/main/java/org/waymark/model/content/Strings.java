package org.waymark.model.content;

/** Null-safe text for the asset records. */
final class Strings {

    private Strings() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
