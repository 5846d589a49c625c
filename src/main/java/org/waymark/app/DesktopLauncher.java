package org.waymark.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.waymark.store.AppSettingsRepository;
import org.waymark.store.AssetRepository;
import org.waymark.store.ContactRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.StoreException;
import org.waymark.store.demo.DemoActivities;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.DesktopContext;
import org.waymark.ui.MainWindow;
import org.waymark.ui.simulation.StoreSimulationStore;
import org.waymark.store.audience.ContactImporter;
import org.waymark.store.engagement.EmailMessages;
import org.waymark.store.engagement.TemplateResults;
import org.waymark.store.segment.SegmentRepository;
import org.waymark.ui.segments.StoreSegmentWorkspace;
import org.waymark.ui.activities.ActivitySources;
import org.waymark.ui.content.ContentSources;
import org.waymark.ui.contacts.AudienceSources;
import org.waymark.ui.timeline.TimelineSources;

/**
 * Starts the desktop app on a store and blocks until its window is closed: opens the store (or explains why
 * it cannot), fills a new store with the demo workspace, shows the main window, then closes the store.
 */
final class DesktopLauncher {

    private final Clock clock;
    private volatile int exitCode;

    DesktopLauncher(Clock clock) {
        this.clock = clock;
    }

    int exitCode() {
        return exitCode;
    }

    void launch(Path storeDirectory) {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        Store store;
        try {
            store = openWithDemo(storeDirectory);
        } catch (StoreException e) {
            exitCode = 1;
            onFxThread(() -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                alert.setTitle("Waymark cannot start");
                alert.setHeaderText("Waymark cannot open its store");
                alert.showAndWait();
                return null;
            });
            Platform.exit();
            return;
        }
        CountDownLatch closed = new CountDownLatch(1);
        onFxThread(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            DesktopContext context = new DesktopContext(new JourneyRepository(store, clock),
                    new ContactRepository(store), new AppSettingsRepository(store), new AssetRepository(store),
                    store.directory(), clock, new StoreSimulationStore(store, clock),
                TimelineSources.of(store), ActivitySources.of(store, clock),
                new TemplateResults(store), new ContactImporter(store),
                new StoreSegmentWorkspace(new SegmentRepository(store, clock), clock), ContentSources.of(store),
                AudienceSources.of(store), new EmailMessages(store));
            new MainWindow(context).show(stage);
            return null;
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            store.close();
            Platform.exit();
        }
    }

    private Store openWithDemo(Path directory) {
        SplashWindow splash = onFxThread(() -> SplashWindow.show("Opening the store in " + directory + " …"));
        try {
            Store store = Store.open(directory);
            if (DemoWorkspace.isEmpty(store)) {
                Platform.runLater(() -> splash.say("Preparing the demo workspace (first start) …"));
                new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, clock).generate(store);
                new DemoActivities(clock).install(store);
            }
            return store;
        } finally {
            Platform.runLater(splash::close);
        }
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    private static <T> T onFxThread(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }
}
