package org.waymark.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The names of each tile's branch and message counts, declared by the steps when the journey is compiled; a
 * step counts by the index of its key.
 */
final class TileKeys {

    private final List<List<String>> branches = new ArrayList<>();
    private final List<List<String>> messages = new ArrayList<>();

    TileKeys(int tiles) {
        for (int t = 0; t < tiles; t++) {
            branches.add(List.of());
            messages.add(List.of());
        }
    }

    void declareBranches(int tile, List<String> keys) {
        branches.set(tile, List.copyOf(keys));
    }

    void declareMessages(int tile, String... keys) {
        messages.set(tile, List.copyOf(Arrays.asList(keys)));
    }

    int tileCount() {
        return branches.size();
    }

    List<String> branches(int tile) {
        return branches.get(tile);
    }

    List<String> messages(int tile) {
        return messages.get(tile);
    }

    /** Keys made unique: a repeated one gets the suffix " (2)", " (3)", … */
    static List<String> unique(List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            String candidate = key;
            for (int n = 2; out.contains(candidate); n++) {
                candidate = key + " (" + n + ")";
            }
            out.add(candidate);
        }
        return out;
    }
}
