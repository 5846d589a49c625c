package org.waymark.ui.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileCategory;
import org.waymark.model.tile.TileType;
import org.waymark.ui.canvas.Box;
import org.waymark.ui.canvas.Connector;
import org.waymark.ui.canvas.EndMarker;
import org.waymark.ui.canvas.LaneLabel;
import org.waymark.ui.canvas.PipelineDrawing;
import org.waymark.ui.canvas.PlacedTile;
import org.waymark.ui.canvas.Point;

/**
 * Writes a laid-out journey as a standalone SVG picture that looks like the canvas: white cards with a band
 * in their category's colour, the type icon on a tinted disc, the name and status line, connectors with
 * arrows, lane labels and end markers, on the canvas background. Each tile is one {@code <g data-kind="tile">}
 * holding exactly one {@code <rect>}, its border. Shapes say what they are in {@code data-kind} rather than
 * {@code class}: ImageMagick's own SVG renderer gives up on files with hundreds of classes. Plain Java: text is
 * wrapped by estimated width.
 */
public final class JourneySvgWriter {

    private static final String FONT = "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, sans-serif";
    private static final double HEADER = 84;
    private static final double NESTED_HEADER = 50;

    private final Function<Tile, String> statusLine;
    private final Function<TileType, String> iconPath;

    /**
     * {@code statusLine} gives a tile's status text (the canvas uses {@code TileSummary::of}); {@code iconPath}
     * the SVG path of a type's 16 × 16 icon, or an empty string for none.
     */
    public JourneySvgWriter(Function<Tile, String> statusLine, Function<TileType, String> iconPath) {
        this.statusLine = statusLine;
        this.iconPath = iconPath;
    }

    public void write(String title, PipelineDrawing drawing, Path file) throws IOException {
        Files.writeString(file, write(title, drawing), StandardCharsets.UTF_8);
    }

    public String write(String title, PipelineDrawing drawing) {
        StringBuilder svg = new StringBuilder(4096 + drawing.tiles().size() * 1200);
        String w = SvgText.num(drawing.width());
        String h = SvgText.num(drawing.height());
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" stroke=\"none\" role=\"img\" aria-label=\"").append(SvgText.escape(title)).append("\">\n")
                .append("<title>").append(SvgText.escape(title)).append("</title>\n")
                .append("<defs><filter id=\"shadow\" x=\"-10%\" y=\"-10%\" width=\"120%\" height=\"130%\">")
                .append("<feGaussianBlur in=\"SourceAlpha\" stdDeviation=\"2.5\"/><feOffset dy=\"1\" result=\"b\"/>")
                .append("<feFlood flood-color=\"#0f172a\" flood-opacity=\"0.10\"/><feComposite in2=\"b\" operator=\"in\"/>")
                .append("<feMerge><feMergeNode/><feMergeNode in=\"SourceGraphic\"/></feMerge></filter></defs>\n")
                .append("<rect data-kind=\"background\" width=\"100%\" height=\"100%\" fill=\"").append(CategoryColors.CANVAS)
                .append("\"/>\n");
        svg.append("<g class=\"connectors\" fill=\"none\" stroke=\"").append(CategoryColors.CONNECTOR)
                .append("\" stroke-width=\"1.6\" stroke-linejoin=\"round\">\n");
        for (Connector connector : drawing.connectors()) {
            svg.append("<polyline points=\"");
            for (Point p : connector.points()) {
                svg.append(SvgText.num(p.x())).append(',').append(SvgText.num(p.y())).append(' ');
            }
            svg.setLength(svg.length() - 1);
            svg.append("\"/>\n");
        }
        svg.append("</g>\n<g class=\"arrows\" fill=\"").append(CategoryColors.CONNECTOR).append("\">\n");
        for (Connector connector : drawing.connectors()) {
            Point tip = connector.end();
            svg.append("<polygon points=\"").append(SvgText.num(tip.x())).append(',').append(SvgText.num(tip.y()))
                    .append(' ').append(SvgText.num(tip.x() - 8)).append(',').append(SvgText.num(tip.y() - 4.5))
                    .append(' ').append(SvgText.num(tip.x() - 8)).append(',').append(SvgText.num(tip.y() + 4.5))
                    .append("\"/>\n");
        }
        svg.append("</g>\n<g font-family=\"").append(FONT).append("\">\n");
        for (LaneLabel label : drawing.laneLabels()) {
            laneLabel(svg, label);
        }
        for (EndMarker end : drawing.ends()) {
            endMarker(svg, end.box());
        }
        for (PlacedTile placed : drawing.tiles()) {
            tile(svg, placed);
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static void laneLabel(StringBuilder svg, LaneLabel label) {
        Box b = label.box();
        String text = SvgText.wrap(label.text(), b.width() - 4, 7.2, 1).stream().findFirst().orElse("");
        svg.append("<text data-kind=\"lane-label\" x=\"").append(SvgText.num(b.x() + 2)).append("\" y=\"")
                .append(SvgText.num(b.bottom() - 8)).append("\" font-size=\"12\" font-weight=\"bold\" fill=\"")
                .append(CategoryColors.LANE_TEXT).append("\">").append(SvgText.escape(text)).append("</text>\n");
    }

    private static void endMarker(StringBuilder svg, Box b) {
        svg.append("<rect data-kind=\"end\" x=\"").append(SvgText.num(b.x())).append("\" y=\"").append(SvgText.num(b.y()))
                .append("\" width=\"").append(SvgText.num(b.width())).append("\" height=\"").append(SvgText.num(b.height()))
                .append("\" rx=\"13\" fill=\"white\" stroke=\"").append(CategoryColors.END_BORDER)
                .append("\" stroke-dasharray=\"4 3\"/>\n<text x=\"").append(SvgText.num(b.x() + b.width() / 2))
                .append("\" y=\"").append(SvgText.num(b.y() + b.height() / 2 + 4)).append("\" font-size=\"11\" fill=\"")
                .append(CategoryColors.MUTED).append("\" text-anchor=\"middle\">End</text>\n");
    }

    private void tile(StringBuilder svg, PlacedTile placed) {
        Box b = placed.box();
        boolean nested = placed.nested();
        Tile tile = placed.tile();
        TileCategory category = tile.type().category();
        double radius = nested ? 6 : 8;
        double band = nested ? 4 : 5;
        svg.append("<g data-kind=\"tile").append(nested ? " nested" : "").append("\" id=\"tile-")
                .append(SvgText.escape(tile.id())).append('"').append(nested ? "" : " filter=\"url(#shadow)\"")
                .append(">\n");
        svg.append("<path d=\"").append(roundedRect(b, radius)).append("\" fill=\"").append(CategoryColors.band(category))
                .append("\"/>\n");
        double left = b.x() + band;
        svg.append("<path d=\"M").append(SvgText.num(left)).append(' ').append(SvgText.num(b.y()))
                .append("H").append(SvgText.num(b.right() - radius))
                .append("A").append(SvgText.num(radius)).append(' ').append(SvgText.num(radius)).append(" 0 0 1 ")
                .append(SvgText.num(b.right())).append(' ').append(SvgText.num(b.y() + radius))
                .append("V").append(SvgText.num(b.bottom() - radius))
                .append("A").append(SvgText.num(radius)).append(' ').append(SvgText.num(radius)).append(" 0 0 1 ")
                .append(SvgText.num(b.right() - radius)).append(' ').append(SvgText.num(b.bottom()))
                .append("H").append(SvgText.num(left)).append("Z\" fill=\"")
                .append(nested ? CategoryColors.NESTED_FILL : "white").append("\"/>\n");
        svg.append("<rect data-kind=\"tile-border\" x=\"").append(SvgText.num(b.x() + 0.5)).append("\" y=\"")
                .append(SvgText.num(b.y() + 0.5)).append("\" width=\"").append(SvgText.num(b.width() - 1))
                .append("\" height=\"").append(SvgText.num(b.height() - 1)).append("\" rx=\"").append(SvgText.num(radius))
                .append("\" fill=\"none\" stroke=\"").append(CategoryColors.LINE).append("\"/>\n");
        header(svg, placed);
        svg.append("</g>\n");
    }

    /** A rounded rectangle as path data, so that each tile has just one {@code <rect>}: its border. */
    private static String roundedRect(Box b, double r) {
        String arc = "A" + SvgText.num(r) + " " + SvgText.num(r) + " 0 0 1 ";
        return "M" + SvgText.num(b.x() + r) + " " + SvgText.num(b.y()) + "H" + SvgText.num(b.right() - r)
                + arc + SvgText.num(b.right()) + " " + SvgText.num(b.y() + r) + "V" + SvgText.num(b.bottom() - r)
                + arc + SvgText.num(b.right() - r) + " " + SvgText.num(b.bottom()) + "H" + SvgText.num(b.x() + r)
                + arc + SvgText.num(b.x()) + " " + SvgText.num(b.bottom() - r) + "V" + SvgText.num(b.y() + r)
                + arc + SvgText.num(b.x() + r) + " " + SvgText.num(b.y()) + "Z";
    }

    /** The badge and the text, laid out like the canvas's tile header. */
    private void header(StringBuilder svg, PlacedTile placed) {
        Box b = placed.box();
        boolean nested = placed.nested();
        TileCategory category = placed.tile().type().category();
        double headerHeight = nested ? NESTED_HEADER : HEADER;
        double badge = nested ? 24 : 30;
        double badgeLeft = b.x() + (nested ? 12 : 15);
        double centreY = b.y() + headerHeight / 2;
        double cx = badgeLeft + badge / 2;
        svg.append("<circle cx=\"").append(SvgText.num(cx)).append("\" cy=\"").append(SvgText.num(centreY))
                .append("\" r=\"").append(SvgText.num(badge / 2)).append("\" fill=\"").append(CategoryColors.tint(category))
                .append("\"/>\n");
        String icon = iconPath.apply(placed.tile().type());
        if (icon != null && !icon.isBlank()) {
            double scale = nested ? 0.85 : 1;
            svg.append("<path d=\"").append(SvgText.escape(icon)).append("\" transform=\"translate(")
                    .append(SvgText.num(cx - 8 * scale)).append(' ').append(SvgText.num(centreY - 8 * scale)).append(")")
                    .append(scale == 1 ? "" : " scale(" + SvgText.num(scale) + ")")
                    .append("\" fill=\"none\" stroke=\"").append(CategoryColors.band(category))
                    .append("\" stroke-width=\"1.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
        }
        double textLeft = badgeLeft + badge + (nested ? 8 : 10);
        double textWidth = b.right() - (nested ? 8 : 10) - textLeft;
        double nameSize = nested ? 12 : 13;
        double statusSize = nested ? 11 : 11.5;
        List<String> name = SvgText.wrap(placed.tile().displayName(), textWidth, nameSize * 0.62, nested ? 1 : 2);
        String status = statusLine.apply(placed.tile());
        List<String> statusLines = status == null || status.isBlank() ? List.of()
                : SvgText.wrap(status, textWidth, statusSize * 0.53, nested ? 1 : 2);
        double nameLine = nameSize * 1.3;
        double statusLine = statusSize * 1.3;
        double block = name.size() * nameLine + statusLines.size() * statusLine;
        double y = centreY - block / 2;
        for (String line : name) {
            y += nameLine;
            text(svg, "tile-name", textLeft, y - nameLine * 0.25, nameSize, true, CategoryColors.TEXT, line);
        }
        for (String line : statusLines) {
            y += statusLine;
            text(svg, "tile-status", textLeft, y - statusLine * 0.25, statusSize, false, CategoryColors.MUTED, line);
        }
    }

    private static void text(StringBuilder svg, String kind, double x, double y, double size, boolean bold, String fill,
                             String text) {
        svg.append("<text data-kind=\"").append(kind).append("\" x=\"").append(SvgText.num(x)).append("\" y=\"")
                .append(SvgText.num(y)).append("\" font-size=\"").append(SvgText.num(size)).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(fill).append("\">")
                .append(SvgText.escape(text)).append("</text>\n");
    }
}
