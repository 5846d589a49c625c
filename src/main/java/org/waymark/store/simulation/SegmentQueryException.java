package org.waymark.store.simulation;

import org.waymark.store.StoreException;

/** A dynamic segment's stored query cannot be evaluated; the message names the segment and the condition. */
public final class SegmentQueryException extends StoreException {

    private static final long serialVersionUID = 1L;

    public SegmentQueryException(String message) {
        super(message);
    }

    public SegmentQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
