package org.waymark.ui.canvas;

import java.util.Optional;

/**
 * What a drag hovers over: the insertion anchor a drop would use, or why the nearest place refuses the tile,
 * or neither (over the tile's own place, or away from the canvas).
 */
public record DropHover(Optional<InsertionAnchor> target, Optional<String> refusal) {

    public static final DropHover NOTHING = new DropHover(Optional.empty(), Optional.empty());

    public static DropHover at(InsertionAnchor anchor) {
        return new DropHover(Optional.of(anchor), Optional.empty());
    }

    public static DropHover refused(String reason) {
        return new DropHover(Optional.empty(), Optional.of(reason));
    }
}
