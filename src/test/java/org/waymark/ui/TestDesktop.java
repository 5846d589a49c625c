package org.waymark.ui;

import java.time.Clock;
import javafx.stage.Stage;
import org.waymark.store.AppSettingsRepository;
import org.waymark.store.AssetRepository;
import org.waymark.store.ContactRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
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

/** The main window as the app wires it, on a test's own store and clock. */
public final class TestDesktop {

    private TestDesktop() {
    }

    public static DesktopContext context(Store store, Clock clock) {
        return new DesktopContext(new JourneyRepository(store, clock), new ContactRepository(store),
                new AppSettingsRepository(store), new AssetRepository(store), store.directory(), clock,
                new StoreSimulationStore(store, clock),
                TimelineSources.of(store), ActivitySources.of(store, clock),
                new TemplateResults(store), new ContactImporter(store),
                new StoreSegmentWorkspace(new SegmentRepository(store, clock), clock), ContentSources.of(store),
                AudienceSources.of(store), new EmailMessages(store));
    }

    /** Builds the main window on {@code store} and shows it in {@code stage}; its file dialogs answer "cancelled". */
    public static MainWindow show(Store store, Clock clock, Stage stage) {
        return show(store, clock, stage, new ScriptedFiles());
    }

    /** Builds the main window on {@code store}, asking {@code files} for files, and shows it in {@code stage}. */
    public static MainWindow show(Store store, Clock clock, Stage stage, ScriptedFiles files) {
        MainWindow main = new MainWindow(context(store, clock), files);
        main.show(stage);
        return main;
    }
}
