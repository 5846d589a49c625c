package org.waymark.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.waymark.model.content.AssetCatalog;
import org.waymark.store.AppSettingsRepository;
import org.waymark.store.ContactRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.ui.simulation.SimulationStore;
import org.waymark.store.audience.ContactImporter;
import org.waymark.store.engagement.EmailMessages;
import org.waymark.store.engagement.TemplateResults;
import org.waymark.ui.segments.SegmentWorkspace;
import org.waymark.ui.activities.ActivitySources;
import org.waymark.ui.content.ContentSources;
import org.waymark.ui.contacts.AudienceSources;
import org.waymark.ui.timeline.TimelineSources;

/**
 * What the desktop window needs from the app: the repositories of the open store, its assets, where it is,
 * a clock, the store's side of the simulator (its contacts, where runs are saved) what contact timelines read, the data sources and activities, the emails' results, the contact import, the segments, the marketing assets the Content tab edits, the contact and account forms, and the email messages.
 */
public record DesktopContext(JourneyRepository journeys, ContactRepository contacts, AppSettingsRepository settings,
                             AssetCatalog assets, Path storeDirectory, Clock clock, SimulationStore simulations,
                             TimelineSources timelines, ActivitySources activities, TemplateResults emailResults,
                             ContactImporter contactImporter, SegmentWorkspace segments, ContentSources content,
                             AudienceSources audience, EmailMessages emailMessages) {
}
