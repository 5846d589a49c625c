package org.waymark.store.segment;

/** The rules for a segment's name and description: names non-blank and at most 200 characters, kept verbatim. */
final class SegmentNames {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 1000;

    private SegmentNames() {
    }

    /** {@code name} unchanged, or a {@link SegmentException} naming the field. */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new SegmentException("Segment name: must not be blank");
        }
        if (name.length() > MAX_NAME) {
            throw new SegmentException("Segment name: " + name.length() + " characters is too long (at most "
                    + MAX_NAME + ")");
        }
        return name;
    }

    /** {@code description} unchanged (null when blank), or a {@link SegmentException} naming the field. */
    static String description(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new SegmentException("Segment description: " + description.length()
                    + " characters is too long (at most " + MAX_DESCRIPTION + ")");
        }
        return description;
    }
}
