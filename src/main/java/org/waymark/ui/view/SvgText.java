package org.waymark.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text helpers for the SVG writer: XML escaping, compact numbers and word wrapping by estimated width. */
final class SvgText {

    private SvgText() {
    }

    /** {@code text} safe inside XML text and attribute values; characters XML forbids are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A number with at most two decimals and no trailing zeros: {@code 24}, {@code 12.5}. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Splits {@code text} into at most {@code maxLines} lines of about {@code width} pixels, at
     * {@code charWidth} pixels a character on average; the last line ends with "…" when text is left over.
     */
    static List<String> wrap(String text, double width, double charWidth, int maxLines) {
        int perLine = Math.max(4, (int) Math.floor(width / charWidth));
        List<String> lines = new ArrayList<>();
        String rest = text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (rest.length() <= perLine) {
                lines.add(rest);
                rest = "";
                break;
            }
            int cut = rest.lastIndexOf(' ', perLine);
            if (cut <= 0) {
                cut = perLine;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() && !lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            if (last.length() >= perLine) {
                last = last.substring(0, perLine - 1).strip();
            }
            lines.set(lines.size() - 1, last + "…");
        }
        return lines;
    }
}
