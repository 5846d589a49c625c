package org.waymark.ui.canvas;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.waymark.model.tile.TileType;

/**
 * The one registry of Waymark's own data formats, each typed: what a drag carries (a new tile from the toolbox,
 * or an existing tile of the canvas) is put into and read from a {@link ClipboardContent} through these, never
 * by a bare format name. The designer drags with mouse events rather than platform drag and drop, but carries
 * the same content, so either can deliver it.
 */
public final class DesignerFormats {

    /** A new tile of a type, dragged from the toolbox; carries the type's file name, e.g. {@code email}. */
    public static final Format<TileType> NEW_TILE = new Format<>(
            new DataFormat("application/x-waymark-new-tile"), TileType::fileName,
            name -> TileType.fromFileName(name).orElse(null));

    /** A tile of the open journey, dragged to another place; carries its id. */
    public static final Format<String> TILE = new Format<>(
            new DataFormat("application/x-waymark-tile"), Function.identity(), Function.identity());

    private DesignerFormats() {
    }

    /** A data format with the type of what it carries and how that is written as text. */
    public record Format<T>(DataFormat dataFormat, Function<T, String> write, Function<String, T> read) {

        public void put(Map<DataFormat, Object> content, T value) {
            content.put(dataFormat, write.apply(value));
        }

        public Optional<T> get(Map<DataFormat, Object> content) {
            return content.get(dataFormat) instanceof String text ? Optional.ofNullable(read.apply(text)) : Optional.empty();
        }
    }

    /** What dragging a toolbox entry carries: the type, and its label as plain text. */
    public static ClipboardContent newTile(TileType type) {
        ClipboardContent content = new ClipboardContent();
        NEW_TILE.put(content, type);
        content.putString(type.label());
        return content;
    }

    /** What dragging a tile of the canvas carries: its id, and its name as plain text. */
    public static ClipboardContent tile(String tileId, String name) {
        ClipboardContent content = new ClipboardContent();
        TILE.put(content, tileId);
        content.putString(name);
        return content;
    }
}
