package org.waymark.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;

/**
 * The main window on a small demo store (40 accounts, 300 contacts) at a fixed clock, for tests that drive one tab;
 * the store is closed and the windows go after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class DemoWindowTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    Store store;

    /** Call from the subclass's {@code @Start} method (TestFX looks for it on the test class itself). */
    void showDemo() {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        TestDesktop.show(store, CLOCK, new Stage());
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (store != null) {
            store.close();
        }
    }
}
