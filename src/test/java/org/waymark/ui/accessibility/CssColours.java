package org.waymark.ui.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading colours out of the app's stylesheets, and WCAG contrast, for {@link ThemeContrastTest}. */
final class CssColours {

    static final Path CSS = Path.of("src/main/resources/org/waymark/ui");

    private CssColours() {
    }

    /** WCAG 2 relative luminance and contrast ratio. */
    static final class Wcag {
        static double luminance(double[] rgb) {
            double[] c = new double[3];
            for (int i = 0; i < 3; i++) {
                c[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        }

        static double contrast(double[] a, double[] b) {
            double la = luminance(a);
            double lb = luminance(b);
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
        }
    }

    /** The declarations of the stylesheets by selector, later rules winning, and colour resolution. */
    static final class Stylesheets {
        private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
        private final Map<String, Map<String, String>> rules = new LinkedHashMap<>();

        static String text(String file) {
            try {
                return Files.readString(CSS.resolve(file)).replaceAll("(?s)/\\*.*?\\*/", "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Stylesheets read(List<String> files) {
            Stylesheets sheets = new Stylesheets();
            for (String file : files) {
                Matcher rule = RULE.matcher(text(file).replaceAll("@import[^;]*;", ""));
                while (rule.find()) {
                    for (String selector : rule.group(1).split(",")) {
                        String key = selector.trim().replaceAll("\\s+", " ");
                        Map<String, String> declarations = sheets.rules.computeIfAbsent(key, s -> new LinkedHashMap<>());
                        for (String declaration : rule.group(2).split(";")) {
                            int colon = declaration.indexOf(':');
                            if (colon > 0) {
                                declarations.put(declaration.substring(0, colon).trim(),
                                        declaration.substring(colon + 1).trim());
                            }
                        }
                    }
                }
            }
            return sheets;
        }

        /** The names declared by the rule {@code selector}. */
        Set<String> declared(String selector) {
            return rules.getOrDefault(selector, Map.of()).keySet();
        }

        /** The colour {@code property} of {@code selector}, its last layer, composited over {@code under}. */
        double[] colour(String selector, String property, List<String> scope, double[] under) {
            String value = rules.getOrDefault(selector, Map.of()).get(property);
            assertThat(value).as(selector + " { " + property + " }").isNotNull();
            return resolve(lastLayer(value), scope, under, 0);
        }

        private double[] resolve(String value, List<String> scope, double[] under, int depth) {
            assertThat(depth).as("variable loop at " + value).isLessThan(10);
            if (value.startsWith("-")) {
                for (String selector : concat(scope)) {
                    String defined = rules.getOrDefault(selector, Map.of()).get(value);
                    if (defined != null) {
                        return resolve(lastLayer(defined), scope, under, depth + 1);
                    }
                }
                throw new AssertionError("undefined colour variable " + value + " in " + scope);
            }
            double[] rgba = parseRgba(value);
            double alpha = rgba[3];
            return new double[] {rgba[0] * alpha + under[0] * (1 - alpha), rgba[1] * alpha + under[1] * (1 - alpha),
                    rgba[2] * alpha + under[2] * (1 - alpha)};
        }

        private static List<String> concat(List<String> scope) {
            List<String> all = new ArrayList<>(scope);
            all.add(".root");
            return all;
        }

        static double[] parse(String value) {
            double[] rgba = parseRgba(value);
            return new double[] {rgba[0], rgba[1], rgba[2]};
        }

        private static double[] parseRgba(String value) {
            String v = value.trim().toLowerCase();
            switch (v) {
                case "white": return new double[] {1, 1, 1, 1};
                case "black": return new double[] {0, 0, 0, 1};
                case "transparent": return new double[] {0, 0, 0, 0};
                default: break;
            }
            if (v.startsWith("#")) {
                String hex = v.substring(1);
                if (hex.length() == 3 || hex.length() == 4) {
                    hex = hex.replaceAll("(.)", "$1$1");
                }
                double[] c = new double[] {0, 0, 0, 1};
                for (int i = 0; i < hex.length() / 2; i++) {
                    c[i] = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
                }
                return c;
            }
            Matcher rgb = Pattern.compile("rgba?\\(([^)]*)\\)").matcher(v);
            if (rgb.matches()) {
                String[] parts = rgb.group(1).split(",");
                return new double[] {channel(parts[0]), channel(parts[1]), channel(parts[2]),
                        parts.length > 3 ? Double.parseDouble(parts[3].trim()) : 1};
            }
            throw new AssertionError("unsupported colour " + value);
        }

        private static double channel(String part) {
            String p = part.trim();
            return p.endsWith("%") ? Double.parseDouble(p.substring(0, p.length() - 1)) / 100
                    : Double.parseDouble(p) / 255;
        }

        private static String lastLayer(String value) {
            int depth = 0;
            int start = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    start = i + 1;
                }
            }
            return value.substring(start).trim();
        }
    }
}
