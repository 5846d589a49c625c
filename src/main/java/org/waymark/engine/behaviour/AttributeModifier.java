package org.waymark.engine.behaviour;

/**
 * Multipliers on rates for the contacts whose attributes match: every condition that is set must hold
 * (city and country equal ignoring case, job title containing a text ignoring case, consent rank at least a
 * number). Conditions left out (null, or a negative rank) always hold.
 */
final class AttributeModifier {

    private final String city;
    private final String country;
    private final TextPattern jobTitleContains;
    private final int consentRankAtLeast;
    private final double[] multipliers;

    AttributeModifier(String city, String country, String jobTitleContains, int consentRankAtLeast,
                      double[] multipliers) {
        if (multipliers.length != RateKind.values().length) {
            throw new IllegalArgumentException("one multiplier per rate kind expected");
        }
        this.city = city;
        this.country = country;
        this.jobTitleContains = jobTitleContains == null ? null : new TextPattern(jobTitleContains);
        this.consentRankAtLeast = consentRankAtLeast;
        this.multipliers = multipliers.clone();
    }

    boolean matches(ContactTraits contact) {
        return (consentRankAtLeast < 0 || contact.consentRank() >= consentRankAtLeast)
                && (city == null || city.equalsIgnoreCase(contact.city()))
                && (country == null || country.equalsIgnoreCase(contact.country()))
                && (jobTitleContains == null || contact.jobTitle() != null && jobTitleContains.isIn(contact.jobTitle()));
    }

    double multiplier(RateKind kind) {
        return multipliers[kind.ordinal()];
    }

    /**
     * A text to find ignoring case, with the lower- and upper-case form of each character precomputed, so a
     * search makes no copies and calls nothing per character on the hot path.
     */
    private static final class TextPattern {
        private final char[] lower;
        private final char[] upper;

        TextPattern(String text) {
            lower = new char[text.length()];
            upper = new char[text.length()];
            for (int i = 0; i < text.length(); i++) {
                lower[i] = Character.toLowerCase(text.charAt(i));
                upper[i] = Character.toUpperCase(text.charAt(i));
            }
        }

        boolean isIn(String text) {
            int length = lower.length;
            int last = text.length() - length;
            for (int i = 0; i <= last; i++) {
                int j = 0;
                while (j < length) {
                    char c = text.charAt(i + j);
                    if (c != lower[j] && c != upper[j]) {
                        break;
                    }
                    j++;
                }
                if (j == length) {
                    return true;
                }
            }
            return false;
        }
    }
}
