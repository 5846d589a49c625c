package org.waymark.store.segment;

import org.waymark.store.StoreException;

/** A segment cannot be saved, changed, deleted or evaluated as asked; the message names the field or segment. */
public final class SegmentException extends StoreException {

    private static final long serialVersionUID = 1L;

    public SegmentException(String message) {
        super(message);
    }
}
