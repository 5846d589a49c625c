package org.waymark.ui.files;

import java.util.List;

/**
 * What a file dialog asks: its title, the kinds of file it offers (the first is chosen unless {@code chosenKind}
 * says otherwise) and, when saving, the file name it suggests.
 */
public record FileRequest(String title, List<FileKind> kinds, int chosenKind, String suggestedName) {

    public FileRequest {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty() || chosenKind < 0 || chosenKind >= kinds.size()) {
            throw new IllegalArgumentException("a file request offers at least one kind and chooses one of them");
        }
    }

    public static FileRequest of(String title, FileKind... kinds) {
        return new FileRequest(title, List.of(kinds), 0, null);
    }

    /** The same request with {@code name} suggested, for a save dialog. */
    public FileRequest suggesting(String name) {
        return new FileRequest(title, kinds, chosenKind, name);
    }

    /** The same request with the kind at {@code index} chosen first. */
    public FileRequest choosing(int index) {
        return new FileRequest(title, kinds, index, suggestedName);
    }

    /** A kind of file: "CSV files" and the patterns that match them ("*.csv"). */
    public record FileKind(String description, List<String> patterns) {

        public FileKind {
            patterns = List.copyOf(patterns);
        }

        public static FileKind of(String description, String... patterns) {
            return new FileKind(description, List.of(patterns));
        }
    }
}
