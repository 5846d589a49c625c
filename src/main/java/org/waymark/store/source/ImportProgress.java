package org.waymark.store.source;

/**
 * What an import reports to and asks of its caller between batches: the rows written so far, and whether to stop
 * (then nothing of the import is kept).
 */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void rowsDone(long rows) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void rowsDone(long rows);

    boolean cancelled();
}
