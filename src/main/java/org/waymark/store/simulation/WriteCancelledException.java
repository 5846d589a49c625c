package org.waymark.store.simulation;

import org.waymark.store.StoreException;

/** Writing a run was cancelled between two batches; its transaction is rolled back, nothing of it stays. */
public final class WriteCancelledException extends StoreException {

    private static final long serialVersionUID = 1L;

    public WriteCancelledException() {
        super("Cancelled: nothing of the run was written");
    }
}
