package org.waymark.store.source;

import org.waymark.store.StoreException;

/** The caller cancelled an import; the store is as it was before. */
public final class ImportCancelledException extends StoreException {

    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String fileName) {
        super(fileName + ": import cancelled, nothing was imported");
    }
}
