package org.waymark.model.segment;

/** A stored segment query that cannot be read; the message starts with the JSON path of the problem. */
public final class SegmentQueryFormatException extends IllegalArgumentException {

    public SegmentQueryFormatException(String message) {
        super(message);
    }
}
