package org.waymark.ui.canvas;

import java.util.List;

/**
 * Puts a list into a wanted order by moving only the elements that are out of place, so that re-ordering
 * scene-graph children after a small change re-attaches (and re-styles) only the nodes that moved.
 */
final class ChildOrder {

    private ChildOrder() {
    }

    /**
     * Makes {@code current} equal to {@code wanted}: drops what {@code wanted} lacks, then moves or inserts
     * each element where it belongs.
     */
    static <T> void arrange(List<T> current, List<T> wanted) {
        java.util.Set<T> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(wanted);
        current.removeIf(element -> !keep.contains(element));
        for (int i = 0; i < wanted.size(); i++) {
            T element = wanted.get(i);
            if (i < current.size() && current.get(i) == element) {
                continue;
            }
            if (i + 1 < current.size() && current.get(i + 1) == element) {
                // the element here moved further on: take it out; it goes back in when its place comes
                current.remove(i);
                continue;
            }
            int at = indexOf(current, element, i);
            if (at >= 0) {
                current.remove(at);
            }
            current.add(i, element);
        }
    }

    private static <T> int indexOf(List<T> list, T element, int from) {
        for (int i = from; i < list.size(); i++) {
            if (list.get(i) == element) {
                return i;
            }
        }
        return -1;
    }
}
