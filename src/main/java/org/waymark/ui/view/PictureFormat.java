package org.waymark.ui.view;

import java.nio.file.Path;
import java.util.Locale;

/** The picture formats Export picture writes, with their file extension and the cap on PNG size. */
public enum PictureFormat {
    PNG("PNG image", "png"),
    SVG("SVG drawing", "svg");

    /** A PNG may hold at most this many pixels (about 200 MB while it is being written). */
    public static final double MAX_PIXELS = 50_000_000;
    /** And be at most this many pixels wide or high. */
    public static final double MAX_SIDE = 32_000;

    private final String label;
    private final String extension;

    PictureFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** {@code "New York white paper.png"}: the journey's name without characters file systems refuse. */
    public String suggestedFileName(String journeyName) {
        String base = journeyName == null ? "" : journeyName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").strip();
        while (base.endsWith(".")) {
            base = base.substring(0, base.length() - 1).strip();
        }
        return (base.isEmpty() ? "journey" : base) + "." + extension;
    }

    /** The file with this format's extension, added when the user typed a name without it. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file : file.resolveSibling(name + "." + extension);
    }

    /** The format a file name asks for, PNG unless it ends in .svg. */
    public static PictureFormat of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? SVG : PNG;
    }

    /**
     * The scale a PNG of a {@code width} × {@code height} drawing is written at: {@code wanted}, or less when
     * that would pass {@link #MAX_PIXELS} or {@link #MAX_SIDE}.
     */
    public static double pngScale(double width, double height, double wanted) {
        if (width <= 0 || height <= 0) {
            return wanted;
        }
        double byArea = Math.sqrt(MAX_PIXELS / (width * height));
        double bySide = Math.min(MAX_SIDE / width, MAX_SIDE / height);
        return Math.min(wanted, Math.min(byArea, bySide));
    }
}
