package org.waymark.ui.simulation;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the simulation's texts show them: "1,204", "41.6 %". */
final class Counts {

    private Counts() {
    }

    /** A whole number with thousands separators: "1,204". */
    static String of(long count) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count);
    }

    /** "412 opened"; {@code word} follows the number unchanged. */
    static String of(long count, String word) {
        return of(count) + " " + word;
    }

    /** "1 lead" or "2 leads". */
    static String plural(long count, String one, String many) {
        return of(count) + " " + (count == 1 ? one : many);
    }

    /** A share as a percentage with one decimal at most: "41.6 %", "100 %", "0 %". */
    static String percent(double share) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(1);
        return format.format(share * 100) + " %";
    }
}
