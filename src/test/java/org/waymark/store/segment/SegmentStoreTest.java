package org.waymark.store.segment;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.store.Store;

/**
 * The base of the segment tests that need a store holding {@link SegmentFixture}: opened and filled before each test
 * (before the test class's own set-up), closed after it.
 */
abstract class SegmentStoreTest {

    @TempDir
    Path dir;
    protected Store store;

    @BeforeEach
    void openTheFixture() {
        store = Store.open(dir);
        SegmentFixture.load(store);
    }

    @AfterEach
    void closeTheFixture() {
        store.close();
    }
}
