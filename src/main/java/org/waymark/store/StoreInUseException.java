package org.waymark.store;

import java.nio.file.Path;

/** Another Waymark (or another window of this one) has the store open. */
public final class StoreInUseException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreInUseException(Path directory) {
        super("The store in " + directory + " is already open in another Waymark. Close that Waymark first, "
                + "or start this one on another store with --store DIR.");
    }
}
