package org.waymark.ui.canvas;

import java.util.Map;
import java.util.Optional;
import javafx.scene.input.DataFormat;
import org.waymark.model.tile.TileType;

/** What is being dragged over the canvas: a new tile of a type, or an existing tile to move. */
public sealed interface DragSubject {

    record NewTile(TileType type) implements DragSubject {
    }

    record ExistingTile(String tileId) implements DragSubject {
    }

    /** Reads the subject from a drag's content through {@link DesignerFormats}. */
    static Optional<DragSubject> of(Map<DataFormat, Object> content) {
        Optional<DragSubject> created = DesignerFormats.NEW_TILE.get(content).map(NewTile::new);
        return created.isPresent() ? created : DesignerFormats.TILE.get(content).map(ExistingTile::new);
    }
}
