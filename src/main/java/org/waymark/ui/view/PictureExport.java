package org.waymark.ui.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;
import org.waymark.model.tile.TileType;
import org.waymark.ui.canvas.PipelineDrawing;
import org.waymark.ui.canvas.TileIcons;
import org.waymark.ui.canvas.TileSummary;

/**
 * Writes the open journey as a picture: a PNG snapshot of the canvas content at 1×, 2× or 3× whatever the
 * current zoom, in the colours of the current theme, or an SVG drawing made from the layout, always light. Runs on
 * the JavaFX thread.
 */
public final class PictureExport {

    private final JourneySvgWriter svg;

    public PictureExport(JourneySvgWriter svg) {
        this.svg = svg;
    }

    /** The SVG writer with the canvas's status lines and icons. */
    public static PictureExport withCanvasLook() {
        TileSummary summary = new TileSummary();
        TileIcons icons = new TileIcons();
        return new PictureExport(new JourneySvgWriter(summary::of, (TileType type) -> icons.icon(type).getContent()));
    }

    /**
     * Snapshots {@code content}, the node that holds the drawn tiles (the zoomable one), at {@code scale}
     * pixels per canvas pixel, capped by {@link PictureFormat#pngScale}; returns the scale used.
     */
    public double writePng(Node content, double scale, Path file) throws IOException {
        double zoom = content.getLocalToParentTransform().getMxx();
        Bounds bounds = content.getLayoutBounds();
        double used = PictureFormat.pngScale(bounds.getWidth(), bounds.getHeight(), scale);
        double factor = zoom == 0 ? used : used / zoom;
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(factor, factor));
        parameters.setFill(backgroundOf(content));
        WritableImage image = content.snapshot(parameters, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("No PNG writer is available");
        }
        return used;
    }

    /** The colour the canvas shows behind {@code content} in the current theme, so the picture looks the same. */
    private static Paint backgroundOf(Node content) {
        for (Node node = content; node != null; node = node.getParent()) {
            if (node instanceof Region region && region.getBackground() != null) {
                for (BackgroundFill fill : region.getBackground().getFills()) {
                    if (fill.getFill() instanceof Color colour && colour.getOpacity() == 1) {
                        return colour;
                    }
                }
            }
        }
        return Color.web(CategoryColors.CANVAS);
    }

    public void writeSvg(String title, PipelineDrawing drawing, Path file) throws IOException {
        svg.write(title, drawing, file);
    }
}
