package org.waymark.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.AssetSummary;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.MilestoneKind;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.tile.EmailTile;
import org.waymark.store.AssetRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.content.ContentRepository;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.SampleJourneys;

/** Go live… saves the open journey as Live only when check for errors, with the store's assets, finds none. */
class GoLiveTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    private Store store;
    private JourneyRepository journeys;
    private final List<String> reported = new ArrayList<>();
    private JourneyWorkspace workspace;
    private GoLive goLive;

    @BeforeEach
    void openStore() {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 20, 60).generate(store);
        journeys = new JourneyRepository(store, CLOCK);
        ProblemReporter reporter = (heading, detail) -> reported.add(heading + ": " + detail);
        JourneyListViewModel list = new JourneyListViewModel(journeys, reporter);
        RecoveryCopies copies = new RecoveryCopies(dir.resolve("store"), new JourneyFileReader(),
                new JourneyFileWriter(), CLOCK);
        workspace = new JourneyWorkspace(journeys, list, new BlankJourney(CLOCK, ZoneId.of("UTC")),
                new JourneyFileReader(), new JourneyFileWriter(), reporter,
                new RecoveryAutosave(copies, (delay, task) -> () -> { }),
                new RecoveryOffer(copies, (name, time) -> false, reporter, ZoneId.of("UTC")));
        goLive = new GoLive(workspace, new JourneyRules(new AssetRepository(store)), reporter, CLOCK);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aJourneyWhoseAssetsArePublishedGoesLiveAndIsSaved() {
        long id = journeys.insert(SampleJourneys.read(SampleJourneys.WELCOME));
        workspace.open(id);

        assertThat(goLive.goLive()).as("reported: %s", reported).isTrue();

        Journey stored = journeys.find(id).orElseThrow();
        assertThat(stored.settings().status()).isEqualTo(JourneyStatus.LIVE);
        assertThat(stored.settings().milestones()).last().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MilestoneKind.WENT_LIVE);
            assertThat(m.at()).isEqualTo(CLOCK.instant());
        });
        assertThat(workspace.messageProperty().get()).isEqualTo("'Welcome series' is live");
        assertThat(goLive.goLive()).isFalse();
        assertThat(workspace.messageProperty().get()).isEqualTo("'Welcome series' is already live");
    }

    @Test
    void aDraftEmailKeepsTheJourneyFromGoingLiveAndSaysWhy() {
        Journey welcome = SampleJourneys.read(SampleJourneys.WELCOME);
        String email = PipelineWalker.places(welcome.pipeline()).stream().map(p -> p.tile())
                .filter(t -> t instanceof EmailTile).map(t -> ((EmailTile) t).email()).findFirst().orElseThrow();
        ContentRepository content = new ContentRepository(store);
        AssetSummary row = content.list().stream().filter(s -> s.kind() == AssetKind.EMAIL && s.name().equals(email))
                .findFirst().orElseThrow();
        content.save(content.find(AssetKind.EMAIL, row.id()).orElseThrow().withStatus(AssetStatus.DRAFT));
        long id = journeys.insert(welcome);
        workspace.open(id);

        assertThat(goLive.goLive()).isFalse();

        assertThat(reported).singleElement().asString().startsWith("Cannot go live with 'Welcome series': Fix this "
                + "error first").contains("the marketing email '" + email + "' is a draft; publish it");
        assertThat(journeys.find(id).orElseThrow().settings().status()).isEqualTo(JourneyStatus.DRAFT);
        assertThat(workspace.hasUnsavedChanges()).isFalse();
    }
}
